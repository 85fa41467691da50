package main

import (
	"runtime/debug"
	"strings"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise it comes from the module's build information.
var version = ""

// buildVersion describes the running binary.
func buildVersion() string {
	info, _ := debug.ReadBuildInfo()
	return describeVersion(version, info)
}

// describeVersion describes a binary built with version set (by
// -ldflags), or with the build information info (nil when there is
// none): the module's version when it was installed as a module
// (v1.2.0), a pseudo-version naming the commit when it was built in a
// checkout (v0.0.0-20260101120000-1a2b3c4d5e6f+dirty), and otherwise the
// commit the version control information names, never Go's "(devel)"
// alone.
func describeVersion(version string, info *debug.BuildInfo) string {
	if version != "" {
		return version
	}
	if info == nil {
		return "unknown (no build information)"
	}
	var revision string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value[:min(12, len(s.Value))]
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	v := info.Main.Version
	switch {
	case v != "" && v != "(devel)" && (revision == "" || strings.Contains(v, revision)):
		return v
	case v != "" && v != "(devel)":
		return v + " (" + revision + ")"
	case revision == "":
		return "devel (built without version control information)"
	case modified:
		return "devel " + revision + "+dirty"
	}
	return "devel " + revision
}
