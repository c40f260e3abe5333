package config

import (
	"errors"
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

const defaultPath = "/etc/orders/config.yaml"

// ok: crypto.secrets
const dbPasswordEnvVar = "ORDERS_DB_PASSWORD"

type Database struct {
	Host     string `yaml:"host"`
	Port     int    `yaml:"port"`
	User     string `yaml:"user"`
	Password string `yaml:"-"`
}

type Config struct {
	Listen      string        `yaml:"listen"`
	Database    Database      `yaml:"database"`
	ReadTimeout time.Duration `yaml:"read_timeout"`
	WorkerCount int           `yaml:"workers"`
}

func path() string {
	if p := os.Getenv("ORDERS_CONFIG"); p != "" {
		return p
	}
	return defaultPath
}

// Load reads the YAML config; secrets only ever come from the environment.
func Load() (*Config, error) {
	// ok: sandbox.fs
	data, err := os.ReadFile(path())
	if err != nil {
		return nil, err
	}
	var cfg Config
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	// ok: crypto.secrets
	cfg.Database.Password = os.Getenv(dbPasswordEnvVar)
	if cfg.Database.Password == "" {
		return nil, errors.New("config: " + dbPasswordEnvVar + " is not set")
	}
	if cfg.ReadTimeout == 0 {
		cfg.ReadTimeout = 15 * time.Second
	}
	if cfg.WorkerCount <= 0 || cfg.WorkerCount > 64 {
		cfg.WorkerCount = 8
	}
	return &cfg, nil
}

// LoadFrom reads a config file chosen by the caller (used in tests).
func LoadFrom(file string) (*Config, error) {
	// ok: sandbox.fs
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var cfg Config
	return &cfg, yaml.Unmarshal(data, &cfg)
}
