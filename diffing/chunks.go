package diffing

// The sizes of the chunks the parallel stages hand out (parallel.Chunks):
// how many items a goroutine takes at a time, and how often a stage
// reports progress. They are variables so that tests can make them small
// enough for short texts to run on several goroutines.
var (
	stemChunk      = 1024 // distinct words stemmed
	candidateChunk = 1024 // passages whose candidates are searched
	evidenceChunk  = 2048 // candidate pairs whose evidence is read
	matchChunk     = 512  // matches built
)
