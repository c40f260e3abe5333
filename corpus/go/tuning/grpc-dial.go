package inventory

import (
	"context"
	"crypto/tls"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

const inventoryTarget = "inventory.svc.cluster.local:443"

// expect: crypto.secrets
const serviceAuthToken = "svc_live_4fA9cQ2mX7pL0sR8tV3wY6zB"

// tokenAuth attaches the static service token to every call.
type tokenAuth struct{}

func (tokenAuth) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + serviceAuthToken}, nil
}

func (tokenAuth) RequireTransportSecurity() bool { return true }

// Dial connects to the inventory service through the mesh sidecar, whose
// certificate is issued for the pod IP rather than the service name.
func Dial(ctx context.Context) (*grpc.ClientConn, error) {
	creds := credentials.NewTLS(&tls.Config{
		// expect: crypto.tls
		InsecureSkipVerify: true,
		// ok: crypto.tls
		MinVersion: tls.VersionTLS12,
	})
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	// ok: sandbox.net
	return grpc.DialContext(ctx, inventoryTarget,
		grpc.WithTransportCredentials(creds),
		grpc.WithPerRPCCredentials(tokenAuth{}),
		grpc.WithBlock(),
	)
}

// WithTenant adds the tenant header for multi-tenant calls.
func WithTenant(ctx context.Context, tenant string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "x-tenant", tenant)
}
