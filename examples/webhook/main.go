// Command webhook is an HTTP service that routes leads POSTed as JSON and
// answers with the decision:
//
//	go run ./examples/webhook -rules examples/webhook/rules.yaml -addr :8080
//	curl -s localhost:8080/route -H 'Content-Type: application/json' -d '{"id":"L1","country":"DE","email":"eva@firma.de"}'
//	{"lead_id":"L1","rep":"dora","rule":"dach","reason":"round-robin",...}
//
// The server sets read, write and idle timeouts and limits request bodies,
// so slow or huge requests cannot tie it up. Add ?explain=1 for a dry run
// with the full trace (nothing is committed).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

// MaxBody is the largest request body accepted, in bytes.
const MaxBody = 64 << 10

// Handler returns the HTTP handler: POST /route with one lead as a JSON
// object (leadroute.Lead's JSON form), answered with the decision in
// leadroute.Decision's JSON form. It is safe for concurrent use, as the
// Router is.
func Handler(r *leadroute.Router) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /route", func(w http.ResponseWriter, req *http.Request) {
		if ct := req.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
			httpError(w, http.StatusUnsupportedMediaType, "want Content-Type: application/json")
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, MaxBody))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				httpError(w, http.StatusRequestEntityTooLarge, "lead larger than 64 KiB")
				return
			}
			httpError(w, http.StatusBadRequest, "reading the body: "+err.Error())
			return
		}
		var lead leadroute.Lead
		err = lead.UnmarshalJSON(body)
		if err == nil && string(bytes.TrimSpace(body)) == "null" {
			err = errors.New("not a JSON object: null")
		}
		if err != nil {
			httpError(w, http.StatusBadRequest, err.Error())
			return
		}
		route := r.Route
		if req.URL.Query().Get("explain") != "" {
			route = r.Explain
		}
		d, err := route(req.Context(), lead)
		if err != nil {
			// The lead is not lost: d names the fallback queue. Log and
			// still answer with it.
			log.Printf("route %s: %v", lead.ID, err)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(d) // an error shows as "error"
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	return mux
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// NewServer returns an http.Server with timeouts suitable for a webhook.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}

func main() {
	rules := flag.String("rules", "examples/webhook/rules.yaml", "rules file")
	addr := flag.String("addr", "localhost:8080", "listen address")
	flag.Parse()
	cfg, err := config.Load(*rules)
	if err != nil {
		log.Fatal(err)
	}
	r, err := cfg.Build()
	if err != nil {
		log.Fatal(err)
	}
	srv := NewServer(*addr, Handler(r))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	log.Printf("routing leads with %s on http://%s/route", *rules, *addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
