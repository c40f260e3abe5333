package com.acme.weather;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLParameters;

public class WeatherApiClient {

    private static final String BASE_URL = "https://api.openweathermap.org/data/2.5/weather";

    private final HttpClient http;
    private final String apiKey;
    private final ObjectMapper mapper = new ObjectMapper();

    public WeatherApiClient() {
        // ok: crypto.secrets
        this.apiKey = System.getenv("OPENWEATHER_API_KEY");
        SSLParameters tls = new SSLParameters();
        // ok: crypto.tls
        tls.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .sslParameters(tls)
                .build();
    }

    public double currentTemperature(String city) throws IOException, InterruptedException {
        String url = BASE_URL + "?units=metric&q=" + URLEncoder.encode(city, StandardCharsets.UTF_8)
                + "&appid=" + apiKey;
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(8)).GET().build();
        // ok: sandbox.net
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("weather API returned " + resp.statusCode());
        }
        JsonNode root = mapper.readTree(resp.body());
        return root.path("main").path("temp").asDouble();
    }

    /** Fetches a document the caller already resolved (e.g. from our own CDN manifest). */
    public String fetch(String documentUrl) throws IOException, InterruptedException {
        // ok: sandbox.net
        HttpRequest req = HttpRequest.newBuilder(URI.create(documentUrl)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
