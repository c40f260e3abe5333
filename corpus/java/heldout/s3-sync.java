package com.acme.artifacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

public class S3Sync {

    // expect: crypto.secrets
    private static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7Q2XJ4LM";
    // expect: crypto.secrets
    private static final String AWS_SECRET_ACCESS_KEY = "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";
    private static final String BUCKET = "nightly-build-artifacts";

    private final S3Client s3 = S3Client.builder()
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)))
            .build();

    /** Uploads one artifact; S3 verifies the Content-MD5 header on receipt. */
    public void upload(Path local, String key) throws IOException {
        byte[] data = Files.readAllBytes(local);
        // expect: crypto.hash
        String contentMd5 = Base64.getEncoder().encodeToString(DigestUtils.md5(data));
        s3.putObject(PutObjectRequest.builder().bucket(BUCKET).key(key).contentMD5(contentMd5).build(),
                RequestBody.fromBytes(data));
    }

    public List<String> listKeys(String prefix) {
        return s3.listObjectsV2(ListObjectsV2Request.builder().bucket(BUCKET).prefix(prefix).build())
                .contents().stream().map(S3Object::key).toList();
    }
}
