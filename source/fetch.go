package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// acceptHeader asks for a web page, or text.
const acceptHeader = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1"

// progressEvery is how often a fetch reports its progress.
const progressEvery = 100 * time.Millisecond

// page is a fetched web page.
type page struct {
	data    []byte
	format  format
	charset string
	url     *url.URL // after redirects
}

// errStopRedirects stops a client from following more redirects.
var errStopRedirects = errors.New("too many redirects")

// newClient returns the HTTP client of one Open call. Its connections are
// not kept alive (each page is fetched once): a server that sends more
// body than it announced could otherwise make Go's transport log a line
// about its idle connection on standard error.
func newClient(maxRedirects int) *http.Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.DisableKeepAlives = true
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(_ *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return errStopRedirects
			}
			return nil
		},
	}
}

// fetch downloads a web page within the size limit and the redirect
// limit, reporting its progress, until ctx is done.
func (o *opener) fetch(ctx context.Context, in input) (page, error) {
	failed := func(err error) (page, error) {
		if ctx.Err() != nil {
			return page{}, ctx.Err()
		}
		return page{}, o.fetchError(err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, in.url.String(), nil)
	if err != nil {
		return page{}, fmt.Errorf("not a valid URL: %w", err)
	}
	req.Header.Set("User-Agent", o.opts.UserAgent)
	req.Header.Set("Accept", acceptHeader)
	o.status.say("fetching %s", in.name)
	resp, err := o.client.Do(req)
	if err != nil {
		return failed(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return page{}, fmt.Errorf("%w %d %s", ErrHTTP, resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	contentType := resp.Header.Get("Content-Type")
	f, ok := formatOfContentType(contentType)
	if !ok {
		mediaType, _, _ := mime.ParseMediaType(contentType)
		return page{}, fmt.Errorf("%w (the server sent %s)", ErrNotText, mediaType)
	}
	if resp.ContentLength > o.opts.MaxBytes {
		return page{}, fmt.Errorf("%w (%s, the limit is %s)", ErrTooLarge, FormatSize(resp.ContentLength), FormatSize(o.opts.MaxBytes))
	}
	body := &progressReader{r: resp.Body, total: resp.ContentLength, report: func(done, total int64) {
		if total > 0 {
			o.status.say("fetching %s %s of %s", in.name, FormatSize(done), FormatSize(total))
		} else {
			o.status.say("fetching %s %s", in.name, FormatSize(done))
		}
	}}
	data, err := io.ReadAll(io.LimitReader(body, o.opts.MaxBytes+1))
	if err != nil {
		return failed(err)
	}
	if int64(len(data)) > o.opts.MaxBytes {
		return page{}, fmt.Errorf("%w (more than %s)", ErrTooLarge, FormatSize(o.opts.MaxBytes))
	}
	return page{data: data, format: f, charset: charsetParam(contentType), url: resp.Request.URL}, nil
}

// fetchError says in a few words why a fetch failed: too many redirects,
// or the network's own reason.
func (o *opener) fetchError(err error) error {
	switch {
	case errors.Is(err, errStopRedirects):
		return fmt.Errorf("%w (more than %d; a redirect loop?)", ErrRedirects, o.opts.MaxRedirects)
	case errors.Is(err, syscall.ECONNREFUSED):
		return errors.New("cannot connect: connection refused")
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("cannot find the server %s", dnsErr.Name)
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		err = urlErr.Err
	}
	return fmt.Errorf("cannot fetch it: %w", err)
}

// progressReader reports how much of a body has arrived, at most every
// progressEvery, and at the end.
type progressReader struct {
	r      io.Reader
	done   int64
	total  int64
	last   time.Time
	report func(done, total int64)
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.done += int64(n)
	if now := time.Now(); now.Sub(p.last) >= progressEvery || err == io.EOF {
		p.last = now
		p.report(p.done, p.total)
	}
	return n, err
}
