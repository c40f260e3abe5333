<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;
use Parsedown;

class BlogController extends Controller
{
    public function show(string $slug)
    {
        $post = Post::where('slug', $slug)->where('published', true)->firstOrFail();

        $parser = new Parsedown();
        $parser->setSafeMode(true);
        $parser->setMarkupEscaped(true);

        // ok: injection.xss
        return view('blog.show', [
            'post' => $post,
            'html' => $parser->text($post->body),
        ]);
    }

    public function index(Request $request)
    {
        $perPage = min(max((int) $request->query('per_page', 10), 1), 50);
        // ok: injection.sql
        $posts = Post::where('published', true)->orderByDesc('published_at')->paginate($perPage);
        return view('blog.index', ['posts' => $posts]);
    }

    public function search(Request $request)
    {
        $term = (string) $request->query('q', '');
        // ok: injection.sql
        $posts = Post::whereRaw('MATCH(title, body) AGAINST (? IN BOOLEAN MODE)', [$term])->limit(20)->get();
        return view('blog.search', ['posts' => $posts, 'term' => $term]);
    }

    public function feed()
    {
        $posts = Post::where('published', true)->latest('published_at')->limit(20)->get();
        return response()->view('blog.feed', ['posts' => $posts])->header('Content-Type', 'application/rss+xml');
    }
}
