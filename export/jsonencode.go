package export

import "strconv"

// The writeJSON methods write each JSON type as encoding/json would, field
// by field in the order of the struct, honouring omitempty and writing nil
// slices and pointers as null. A new field needs a line here too;
// TestWriteJSONMatchesEncodingJSON fails until it has one.

func (p Passage) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("start", p.Start)
	w.intMember("end", p.End)
	w.stringMember("text", p.Text)
	w.stringMember("kind", p.Kind)
	w.intMember("paragraph", p.Paragraph)
	w.closeObject()
}

// writeFields writes the members of an Article before its passages.
func (a Article) writeFields(w *jsonWriter) {
	w.stringMember("source", a.Source)
	optionalString(w, "title", a.Title)
	optionalString(w, "date", a.Date)
	optionalString(w, "author", a.Author)
	optionalString(w, "site", a.Site)
	w.stringMember("format", a.Format)
	optionalString(w, "encoding", a.Encoding)
	optionalString(w, "text", a.Text)
}

func (m Match) writeJSON(w *jsonWriter) {
	w.openObject()
	w.floatMember("score", m.Score)
	w.floatMember("similarity", m.Similarity)
	w.stringMember("relation", m.Relation)
	arrayMember(w, "members", m.Members)
	arrayMember(w, "diff", m.Diff)
	if len(m.Terms) > 0 {
		w.key("terms")
		writeSlice(w, m.Terms, (*jsonWriter).string)
	}
	w.closeObject()
}

func (m Member) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("article", m.Article)
	w.key("passages")
	writeSlice(w, m.Passages, (*jsonWriter).int)
	w.closeObject()
}

func (s Span) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("article", s.Article)
	w.intMember("start", s.Start)
	w.intMember("end", s.End)
	w.stringMember("text", s.Text)
	optionalString(w, "kind", s.Kind)
	w.closeObject()
}

func (q Quote) writeJSON(w *jsonWriter) {
	w.openObject()
	w.boolMember("drifted", q.Drifted)
	arrayMember(w, "variants", q.Variants)
	w.closeObject()
}

func (v QuoteVariant) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("article", v.Article)
	w.intMember("passage", v.Passage)
	w.stringMember("text", v.Text)
	arrayMember(w, "parts", v.Parts)
	optionalBool(w, "headline", v.Headline)
	optionalObject(w, "speaker", v.Speaker)
	optionalObject(w, "via", v.Via)
	w.stringMember("wording", v.Wording)
	w.stringMember("attribution", v.Attribution)
	w.floatMember("similarity", v.Similarity)
	arrayMember(w, "drift", v.Drift)
	arrayMember(w, "reference_drift", v.ReferenceDrift)
	optionalArray(w, "speaker_drift", v.SpeakerDrift)
	optionalArray(w, "reference_speaker_drift", v.ReferenceSpeakerDrift)
	w.closeObject()
}

func (s TextSpan) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("start", s.Start)
	w.intMember("end", s.End)
	w.stringMember("text", s.Text)
	w.closeObject()
}

func (s *Speaker) writeJSON(w *jsonWriter) {
	w.openObject()
	w.stringMember("text", s.Text)
	w.intMember("start", s.Start)
	w.intMember("end", s.End)
	optionalString(w, "name", s.Name)
	optionalString(w, "key", s.Key)
	optionalBool(w, "unresolved", s.Unresolved)
	optionalString(w, "confidence", s.Confidence)
	optionalString(w, "cue", s.Cue)
	w.closeObject()
}

func (f Fact) writeJSON(w *jsonWriter) {
	w.openObject()
	w.stringMember("kind", f.Kind)
	w.stringMember("key", f.Key)
	w.stringMember("label", f.Label)
	w.key("reports")
	writeSlice(w, f.Reports, (*jsonWriter).int)
	arrayMember(w, "mentions", f.Mentions)
	w.closeObject()
}

func (m FactMention) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("article", m.Article)
	w.intMember("passage", m.Passage)
	w.intMember("start", m.Start)
	w.intMember("end", m.End)
	w.stringMember("text", m.Text)
	optionalObject(w, "quantity", m.Quantity)
	optionalObject(w, "date", m.Date)
	w.closeObject()
}

func (q *Quantity) writeJSON(w *jsonWriter) {
	w.openObject()
	w.floatMember("value", q.Value)
	w.stringMember("bound", q.Bound)
	w.stringMember("unit", q.Unit)
	w.stringMember("counts", q.Counts)
	optionalString(w, "event", q.Event)
	optionalString(w, "place", q.Place)
	w.closeObject()
}

func (d *Date) writeJSON(w *jsonWriter) {
	w.openObject()
	w.stringMember("key", d.Key)
	optionalInt(w, "year", d.Year)
	optionalInt(w, "month", d.Month)
	optionalInt(w, "day", d.Day)
	optionalString(w, "weekday", d.Weekday)
	optionalBool(w, "stamp", d.Stamp)
	w.closeObject()
}

func (c Conflict) writeJSON(w *jsonWriter) {
	w.openObject()
	w.stringMember("kind", c.Kind)
	w.stringMember("severity", c.Severity)
	w.intMember("match", c.Match)
	w.stringMember("reason", c.Reason)
	arrayMember(w, "sides", c.Sides)
	w.closeObject()
}

func (c Coverage) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("article", c.Article)
	w.intMember("passages", c.Passages)
	w.intMember("matched", c.Matched)
	w.intMember("unique", c.Unique)
	arrayMember(w, "shared", c.Shared)
	arrayMember(w, "sources", c.Sources)
	w.closeObject()
}

func (s Share) writeJSON(w *jsonWriter) {
	w.openObject()
	w.intMember("article", s.Article)
	w.intMember("passages", s.Passages)
	w.floatMember("share", s.Share)
	w.closeObject()
}

func (s Source) writeJSON(w *jsonWriter) {
	w.openObject()
	w.stringMember("name", s.Name)
	w.stringMember("key", s.Key)
	w.stringMember("kind", s.Kind)
	w.intMember("credits", s.Credits)
	arrayMember(w, "mentions", s.Mentions)
	w.closeObject()
}

// stringMember writes a member whose value is a string.
func (w *jsonWriter) stringMember(name, s string) {
	w.key(name)
	w.string(s)
}

// intMember writes a member whose value is an integer.
func (w *jsonWriter) intMember(name string, n int) {
	w.buf = strconv.AppendInt(w.appendKey(w.buf, name), int64(n), 10)
}

// floatMember writes a member whose value is a float64.
func (w *jsonWriter) floatMember(name string, f float64) {
	w.key(name)
	w.float(f)
}

// boolMember writes a member whose value is true or false.
func (w *jsonWriter) boolMember(name string, b bool) {
	w.key(name)
	w.bool(b)
}

// optionalString writes a member tagged omitempty: nothing when s is "".
func optionalString(w *jsonWriter, name, s string) {
	if s != "" {
		w.stringMember(name, s)
	}
}

// optionalBool writes a member tagged omitempty: nothing when b is false.
func optionalBool(w *jsonWriter, name string, b bool) {
	if b {
		w.boolMember(name, b)
	}
}

// optionalInt writes a member tagged omitempty: nothing when n is 0.
func optionalInt(w *jsonWriter, name string, n int) {
	if n != 0 {
		w.intMember(name, n)
	}
}

// jsonValue is a type with a writeJSON method.
type jsonValue interface{ writeJSON(w *jsonWriter) }

// optionalObject writes a pointer member tagged omitempty: nothing when v
// is nil.
func optionalObject[P interface {
	*E
	jsonValue
}, E any](w *jsonWriter, name string, v P) {
	if v != nil {
		w.key(name)
		v.writeJSON(w)
	}
}

// arrayMember writes a member whose value is a slice.
func arrayMember[T jsonValue](w *jsonWriter, name string, items []T) {
	w.key(name)
	writeSlice(w, items, writeValue[T])
}

// writeValue writes v; it is a jsonValue's writeJSON with the writer first,
// as writeSlice takes it.
func writeValue[T jsonValue](w *jsonWriter, v T) { v.writeJSON(w) }

// optionalArray writes a slice member tagged omitempty: nothing when it
// is empty.
func optionalArray[T jsonValue](w *jsonWriter, name string, items []T) {
	if len(items) > 0 {
		arrayMember(w, name, items)
	}
}

// writeSlice writes a slice, each element with write; null when it is nil.
func writeSlice[T any](w *jsonWriter, items []T, write func(*jsonWriter, T)) {
	if items == nil {
		w.null()
		return
	}
	w.openArray()
	for _, item := range items {
		w.next()
		write(w, item)
	}
	w.closeArray()
}
