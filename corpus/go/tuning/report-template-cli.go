// Command report renders a monthly report from a user template and JSON data.
//
//	usage: report <template.tmpl> <data.json>
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"text/template"
	"time"
)

const headerTemplate = "# {{.title}}\nGenerated {{.generated}}\n\n"

func fail(msg string, err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", msg, err)
	os.Exit(1)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: report <template.tmpl> <data.json>")
		os.Exit(2)
	}
	// expect: sandbox.fs
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail("template", err)
	}
	// expect: sandbox.fs
	raw, err := os.ReadFile(os.Args[2])
	if err != nil {
		fail("data", err)
	}
	data := map[string]any{}
	if err := json.Unmarshal(raw, &data); err != nil {
		fail("data is not JSON", err)
	}
	data["generated"] = time.Now().Format(time.RFC3339)

	// ok: injection.template
	header := template.Must(template.New("header").Parse(headerTemplate))
	// expect: injection.template
	body, err := template.New("report").Parse(string(src))
	if err != nil {
		fail("template does not parse", err)
	}
	if err := header.Execute(os.Stdout, data); err != nil {
		fail("render header", err)
	}
	if err := body.Execute(os.Stdout, data); err != nil {
		fail("render body", err)
	}
}
