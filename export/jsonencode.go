package export

// The writeJSON methods write each JSON type as encoding/json would, field
// by field in the order of the struct, honouring omitempty and writing nil
// slices and pointers as null. A new field needs a line here too;
// TestWriteJSONMatchesEncodingJSON fails until it has one.

func (p Passage) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("start")
	w.int(p.Start)
	w.key("end")
	w.int(p.End)
	w.key("text")
	w.string(p.Text)
	w.key("kind")
	w.string(p.Kind)
	w.key("paragraph")
	w.int(p.Paragraph)
	w.closeObject()
}

// writeFields writes the members of an Article before its passages.
func (a Article) writeFields(w *jsonWriter) {
	w.key("source")
	w.string(a.Source)
	optionalString(w, "title", a.Title)
	optionalString(w, "date", a.Date)
	optionalString(w, "author", a.Author)
	optionalString(w, "site", a.Site)
	w.key("format")
	w.string(a.Format)
	optionalString(w, "encoding", a.Encoding)
	optionalString(w, "text", a.Text)
}

func (m Match) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("score")
	w.float(m.Score)
	w.key("relation")
	w.string(m.Relation)
	w.key("members")
	writeArray(w, m.Members)
	w.key("diff")
	writeArray(w, m.Diff)
	if len(m.Terms) > 0 {
		w.key("terms")
		writeStrings(w, m.Terms)
	}
	w.closeObject()
}

func (m Member) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("article")
	w.int(m.Article)
	w.key("passages")
	writeInts(w, m.Passages)
	w.closeObject()
}

func (s Span) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("article")
	w.int(s.Article)
	w.key("start")
	w.int(s.Start)
	w.key("end")
	w.int(s.End)
	w.key("text")
	w.string(s.Text)
	w.closeObject()
}

func (q Quote) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("drifted")
	w.bool(q.Drifted)
	w.key("variants")
	writeArray(w, q.Variants)
	w.closeObject()
}

func (v QuoteVariant) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("article")
	w.int(v.Article)
	w.key("passage")
	w.int(v.Passage)
	w.key("text")
	w.string(v.Text)
	w.key("parts")
	writeArray(w, v.Parts)
	if v.Speaker != nil {
		w.key("speaker")
		v.Speaker.writeJSON(w)
	}
	if v.Via != nil {
		w.key("via")
		v.Via.writeJSON(w)
	}
	w.key("wording")
	w.string(v.Wording)
	w.key("attribution")
	w.string(v.Attribution)
	w.key("similarity")
	w.float(v.Similarity)
	w.key("drift")
	writeArray(w, v.Drift)
	w.key("reference_drift")
	writeArray(w, v.ReferenceDrift)
	if len(v.SpeakerDrift) > 0 {
		w.key("speaker_drift")
		writeArray(w, v.SpeakerDrift)
	}
	if len(v.ReferenceSpeakerDrift) > 0 {
		w.key("reference_speaker_drift")
		writeArray(w, v.ReferenceSpeakerDrift)
	}
	w.closeObject()
}

func (s TextSpan) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("start")
	w.int(s.Start)
	w.key("end")
	w.int(s.End)
	w.key("text")
	w.string(s.Text)
	w.closeObject()
}

func (s *Speaker) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("text")
	w.string(s.Text)
	w.key("start")
	w.int(s.Start)
	w.key("end")
	w.int(s.End)
	optionalString(w, "name", s.Name)
	optionalString(w, "key", s.Key)
	w.closeObject()
}

func (f Fact) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("kind")
	w.string(f.Kind)
	w.key("key")
	w.string(f.Key)
	w.key("label")
	w.string(f.Label)
	w.key("reports")
	writeInts(w, f.Reports)
	w.key("mentions")
	writeArray(w, f.Mentions)
	w.closeObject()
}

func (m FactMention) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("article")
	w.int(m.Article)
	w.key("passage")
	w.int(m.Passage)
	w.key("start")
	w.int(m.Start)
	w.key("end")
	w.int(m.End)
	w.key("text")
	w.string(m.Text)
	if m.Quantity != nil {
		w.key("quantity")
		m.Quantity.writeJSON(w)
	}
	if m.Date != nil {
		w.key("date")
		m.Date.writeJSON(w)
	}
	w.closeObject()
}

func (q *Quantity) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("value")
	w.float(q.Value)
	w.key("bound")
	w.string(q.Bound)
	w.key("unit")
	w.string(q.Unit)
	w.key("counts")
	w.string(q.Counts)
	optionalString(w, "event", q.Event)
	optionalString(w, "place", q.Place)
	w.closeObject()
}

func (d *Date) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("key")
	w.string(d.Key)
	optionalInt(w, "year", d.Year)
	optionalInt(w, "month", d.Month)
	optionalInt(w, "day", d.Day)
	optionalString(w, "weekday", d.Weekday)
	w.closeObject()
}

func (c Conflict) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("kind")
	w.string(c.Kind)
	w.key("severity")
	w.string(c.Severity)
	w.key("match")
	w.int(c.Match)
	w.key("reason")
	w.string(c.Reason)
	w.key("sides")
	writeArray(w, c.Sides)
	w.closeObject()
}

func (c Coverage) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("article")
	w.int(c.Article)
	w.key("passages")
	w.int(c.Passages)
	w.key("matched")
	w.int(c.Matched)
	w.key("unique")
	w.int(c.Unique)
	w.key("shared")
	writeArray(w, c.Shared)
	w.key("sources")
	writeArray(w, c.Sources)
	w.closeObject()
}

func (s Share) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("article")
	w.int(s.Article)
	w.key("passages")
	w.int(s.Passages)
	w.key("share")
	w.float(s.Share)
	w.closeObject()
}

func (s Source) writeJSON(w *jsonWriter) {
	w.openObject()
	w.key("name")
	w.string(s.Name)
	w.key("key")
	w.string(s.Key)
	w.key("kind")
	w.string(s.Kind)
	w.key("credits")
	w.int(s.Credits)
	w.key("mentions")
	writeArray(w, s.Mentions)
	w.closeObject()
}

// jsonValue is a type with a writeJSON method.
type jsonValue interface{ writeJSON(w *jsonWriter) }

// writeArray writes a slice, null when it is nil.
func writeArray[T jsonValue](w *jsonWriter, items []T) {
	if items == nil {
		w.null()
		return
	}
	w.openArray()
	for _, item := range items {
		w.next()
		item.writeJSON(w)
	}
	w.closeArray()
}

// writeInts writes a slice of integers, null when it is nil.
func writeInts(w *jsonWriter, ns []int) {
	if ns == nil {
		w.null()
		return
	}
	w.openArray()
	for _, n := range ns {
		w.next()
		w.int(n)
	}
	w.closeArray()
}

// writeStrings writes a slice of strings, null when it is nil.
func writeStrings(w *jsonWriter, ss []string) {
	if ss == nil {
		w.null()
		return
	}
	w.openArray()
	for _, s := range ss {
		w.next()
		w.string(s)
	}
	w.closeArray()
}

// optionalString writes a member tagged omitempty: nothing when s is "".
func optionalString(w *jsonWriter, name, s string) {
	if s != "" {
		w.key(name)
		w.string(s)
	}
}

// optionalInt writes a member tagged omitempty: nothing when n is 0.
func optionalInt(w *jsonWriter, name string, n int) {
	if n != 0 {
		w.key(name)
		w.int(n)
	}
}
