//go:build !race

package model

// raceDetector is set when the tests run under the race detector.
const raceDetector = false
