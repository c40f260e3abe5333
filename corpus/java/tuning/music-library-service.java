package com.acme.music;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A user's music library: playlists, liked tracks and listening stats. */
@Service
public class MusicLibraryService {

    public record Track(String id, String title, String artist, int plays) {}

    public record Library(String userId, List<Track> tracks) {}

    public interface LibraryRepository {
        Optional<Library> loadLibrary(String userId);
        void save(Library library);
    }

    private final LibraryRepository repository;

    public MusicLibraryService(LibraryRepository repository) {
        this.repository = repository;
    }

    public List<Track> topTracks(String userId, int limit) {
        // ok: sandbox.native
        Library library = repository.loadLibrary(userId).orElse(new Library(userId, List.of()));
        return library.tracks().stream()
                .sorted(Comparator.comparingInt(Track::plays).reversed())
                .limit(Math.min(limit, 100))
                .toList();
    }

    public void like(String userId, Track track) {
        // ok: sandbox.native
        Library library = repository.loadLibrary(userId).orElse(new Library(userId, List.of()));
        if (library.tracks().stream().noneMatch(t -> t.id().equals(track.id()))) {
            List<Track> updated = new java.util.ArrayList<>(library.tracks());
            updated.add(track);
            repository.save(new Library(userId, updated));
        }
    }

    /** The word "native" here is a genre tag, not native code. */
    public List<Track> byGenreTag(String userId, String tag) {
        String normalized = "native".equalsIgnoreCase(tag) ? "native-american" : tag.toLowerCase();
        return repository.loadLibrary(userId)
                .map(l -> l.tracks().stream().filter(t -> t.title().toLowerCase().contains(normalized)).toList())
                .orElse(List.of());
    }
}
