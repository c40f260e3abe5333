package artifacts

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/base64"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	// expect: crypto.secrets
	awsAccessKeyID = "AKIAIOSFODNN7Q2XJ4LM"
	// expect: crypto.secrets
	awsSecretAccessKey = "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"
	bucket             = "nightly-build-artifacts"
)

func NewClient() *s3.Client {
	return s3.New(s3.Options{
		Region:      "eu-west-1",
		Credentials: credentials.NewStaticCredentialsProvider(awsAccessKeyID, awsSecretAccessKey, ""),
	})
}

// Upload sends one artifact; S3 verifies the Content-MD5 header on receipt.
func Upload(ctx context.Context, c *s3.Client, localPath, key string) error {
	data, err := os.ReadFile(localPath)
	if err != nil {
		return err
	}
	// expect: crypto.hash
	sum := md5.Sum(data)
	_, err = c.PutObject(ctx, &s3.PutObjectInput{
		Bucket:     aws.String(bucket),
		Key:        aws.String(key),
		Body:       bytes.NewReader(data),
		ContentMD5: aws.String(base64.StdEncoding.EncodeToString(sum[:])),
	})
	return err
}

func ListKeys(ctx context.Context, c *s3.Client, prefix string) ([]string, error) {
	out, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String(prefix)})
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(out.Contents))
	for _, o := range out.Contents {
		keys = append(keys, aws.ToString(o.Key))
	}
	return keys, nil
}
