package insight

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func TestDebugScale(t *testing.T) {
	var arts []*model.Article
	for _, name := range []string{"/work/shared/data/scale/bible-kjv.txt", "/work/shared/data/scale/bible-web.txt"} {
		data, _ := os.ReadFile(name)
		arts = append(arts, model.Parse(name, string(data), model.UnitLine))
	}
	t0 := time.Now()
	al := diffing.Align(arts, diffing.DefaultConfig())
	t1 := time.Now()
	an := Analyze(al)
	fmt.Println("align", t1.Sub(t0), "analyze", time.Since(t1), len(an.Quotes), len(an.Facts), len(an.Conflicts))
	n := 0
	for _, q := range an.Quotes {
		if len(q.Variants) > 1 {
			n++
		}
	}
	fmt.Println("multi", n)
	maxLen, long := 0, 0
	for _, q := range an.Quotes {
		for _, v := range q.Variants {
			for _, p := range v.Parts {
				if p.End-p.Start > maxLen {
					maxLen = p.End - p.Start
				}
				if p.End-p.Start > 2000 {
					long++
				}
			}
		}
	}
	fmt.Println("max part", maxLen, "long", long, "paragraphs", len(arts[1].Paragraphs), "passages", len(arts[1].Passages))
	for i, c := range an.Conflicts {
		if i%7 == 0 {
			fmt.Printf("%s %s %q | %q | %s\n", c.Kind, c.Severity, arts[0].Text[c.Sides[0].Start:c.Sides[0].End], arts[1].Text[c.Sides[1].Start:c.Sides[1].End], c.Reason)
		}
	}
}
