package com.acme.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class WebhookDispatcher {

    public record Subscription(String callbackUrl, String event) {}

    private final RestTemplate rest = new RestTemplate();

    /** "Send test event" button on the subscription form. */
    @PostMapping("/webhooks/test")
    public ResponseEntity<Void> sendTest(@RequestBody Subscription sub) throws Exception {
        // expect: crypto.random
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(), 36);
        String payload = "{\"event\":\"" + sub.event() + "\",\"nonce\":\"" + nonce + "\",\"test\":true}";

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(System.getenv("WEBHOOK_SIGNING_KEY").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Signature", HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))));

        // expect: sandbox.net
        ResponseEntity<String> resp = rest.postForEntity(sub.callbackUrl(), new HttpEntity<>(payload, headers), String.class);
        return ResponseEntity.status(resp.getStatusCode().is2xxSuccessful() ? 204 : 502).build();
    }

    /** Spreads retries so a recovering receiver is not hit all at once. */
    public static long retryDelayMillis(int attempt) {
        long base = 500L << Math.min(attempt, 8);
        // ok: crypto.random
        return base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    /** Status endpoint of our own delivery service. */
    public Map<String, Object> deliveryStatus() {
        // ok: sandbox.net
        return rest.getForObject("https://hooks.internal.example.com/status", Map.class);
    }
}
