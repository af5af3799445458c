//go:build race

package config

// raceBuild reports a build with the race detector, whose sync.Pool drops
// items (so allocation counts mean little).
const raceBuild = true
