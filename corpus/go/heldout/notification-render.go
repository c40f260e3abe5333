package notify

import (
	"bytes"
	"encoding/json"
	"text/template"
)

// TenantSettings is stored per tenant and editable in the settings UI.
type TenantSettings struct {
	SMSTemplate     string `json:"sms_template"`
	SubjectTemplate string `json:"subject_template"`
}

type Notification struct {
	UserName string
	Amount   string
}

const defaultSMS = "Hi {{.UserName}}, your payment of {{.Amount}} was received."

// ok: injection.template
var defaultTmpl = template.Must(template.New("sms").Parse(defaultSMS))

func ParseSettings(raw []byte) (TenantSettings, error) {
	var s TenantSettings
	err := json.Unmarshal(raw, &s)
	return s, err
}

// RenderSMS uses the tenant's override when present.
func RenderSMS(settings TenantSettings, n Notification) (string, error) {
	tmpl := defaultTmpl
	if settings.SMSTemplate != "" {
		var err error
		// expect: injection.template
		tmpl, err = template.New("tenant-sms").Parse(settings.SMSTemplate)
		if err != nil {
			return "", err
		}
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, n); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// RenderSubject builds the e-mail subject line from the tenant's pattern.
func RenderSubject(pattern string, n Notification) (string, error) {
	// expect: injection.template
	t, err := template.New("subject").Option("missingkey=zero").Parse(pattern)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, n)
	return buf.String(), err
}
