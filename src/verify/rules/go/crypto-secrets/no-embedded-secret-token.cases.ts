import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc dsn() string {\n\treturn fmt.Sprintf("%s:%s@tcp(db:3306)/app", os.Getenv("DB_USER"), os.Getenv("DB_PASS"))\n}',
    'package main\n\nconst doc = "set AWS_ACCESS_KEY_ID to your key (AKIA...)"\n',
    'package main\n\n// AKIAIOSFODNN7EXAMPLE is the documented sample key\nfunc f() {}',
  ],
  invalid: [
    { code: 'package main\n\nvar creds = []string{"AKIAZ3MHQK7PLXW4TN2B", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"}\n', line: 3 },
    { code: 'package main\n\nimport "database/sql"\n\nfunc open() (*sql.DB, error) {\n\treturn sql.Open("mysql", "app:Xk29dL0qPz@tcp(db.internal:3306)/app")\n}', line: 6 },
    { code: 'package main\n\nconst slackHook = "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnop"\n', line: 3 },
    { code: 'package main\n\nconst key = `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\n-----END EC PRIVATE KEY-----`\n', line: 3 },
  ],
})
