// Command es-health prints cluster health for an Elasticsearch node.
//
//	usage: es-health <node-url>      e.g. es-health https://es-01.internal:9200
package main

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

type health struct {
	ClusterName      string `json:"cluster_name"`
	Status           string `json:"status"`
	NumberOfNodes    int    `json:"number_of_nodes"`
	UnassignedShards int    `json:"unassigned_shards"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: es-health <node-url>")
		os.Exit(2)
	}
	node := strings.TrimSuffix(os.Args[1], "/")
	tr := http.DefaultTransport.(*http.Transport).Clone()
	// Cluster nodes use certificates from the internal CA that is not installed here.
	// expect: crypto.tls
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	client := &http.Client{Transport: tr, Timeout: 5 * time.Second}

	// expect: sandbox.net
	resp, err := client.Get(node + "/_cluster/health")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()

	var h health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		fmt.Fprintln(os.Stderr, "bad response:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %s (%d nodes, %d unassigned shards)\n", h.ClusterName, h.Status, h.NumberOfNodes, h.UnassignedShards)
	if h.Status != "green" {
		os.Exit(1)
	}
}
