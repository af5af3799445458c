// Package redistest starts real redis-server processes for tests: a
// single server on a free loopback port with a temporary directory and no
// persistence, or a Cluster of several masters. Servers are stopped when
// the test ends.
//
// redis-server (and, for clusters, redis-cli) must be installed: a test
// that needs one fails when it is missing, in CI and locally alike
// (Debian: apt-get install redis-server).
package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Server is one redis-server process, which Kill and Restart can stop and
// start again on the same port. Its methods are safe for concurrent use.
type Server struct {
	t    testing.TB
	bin  string
	port int
	dir  string
	args []string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{} // closed when cmd has exited
}

// Start starts a redis-server on 127.0.0.1 on a free port, with extra
// arguments appended to its command line, and stops it when t ends.
func Start(t testing.TB, extra ...string) *Server {
	t.Helper()
	bin := Binary(t, "redis-server")
	var last error
	for range 5 {
		s := &Server{t: t, bin: bin, port: FreePort(t), dir: t.TempDir()}
		s.args = append([]string{
			"--port", strconv.Itoa(s.port), "--bind", "127.0.0.1",
			"--dir", s.dir, "--save", "", "--appendonly", "no",
			"--protected-mode", "no", "--loglevel", "warning",
		}, extra...)
		if last = s.start(); last == nil {
			t.Cleanup(s.Kill)
			return s
		}
	}
	t.Fatalf("redistest: redis-server would not start: %v", last)
	return nil
}

// Binary returns the path of an installed program, or fails t.
func Binary(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("redistest: %s not found (install it: apt-get install -y redis-server): %v", name, err)
	}
	return p
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("redistest: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// Addr is the server's host:port.
func (s *Server) Addr() string { return "127.0.0.1:" + strconv.Itoa(s.port) }

// Port is the server's port.
func (s *Server) Port() int { return s.port }

// Dir is the server's working directory.
func (s *Server) Dir() string { return s.dir }

func (s *Server) start() error {
	log, err := os.OpenFile(filepath.Join(s.dir, "redis.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer log.Close() // the child has its own descriptor
	cmd := exec.Command(s.bin, s.args...)
	cmd.Dir = s.dir
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			out, _ := os.ReadFile(log.Name())
			return fmt.Errorf("redis-server exited: %s", out)
		default:
		}
		if Ping(s.Addr()) == nil {
			s.mu.Lock()
			s.cmd, s.done = cmd, done
			s.mu.Unlock()
			return nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	<-done
	return fmt.Errorf("redis-server: no answer on %s within 10s", s.Addr())
}

// Kill stops the server at once (SIGKILL) and waits for it to exit. Its
// data is lost. Killing a stopped server does nothing.
func (s *Server) Kill() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd, s.done = nil, nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Kill()
	<-done
}

// Restart starts a killed server again, empty, on the same port.
func (s *Server) Restart() {
	s.t.Helper()
	s.Kill()
	var err error
	for range 50 { // the port may linger for a moment
		if err = s.start(); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("redistest: restart: %v", err)
}

// Ping sends PING to addr and reports whether PONG came back within a
// second.
func Ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if strings.TrimSpace(line) != "+PONG" {
		return fmt.Errorf("PING: %q", line)
	}
	return nil
}

// Cluster is a Redis Cluster of masters without replicas.
type Cluster struct {
	Servers []*Server
}

// Addrs are the masters' addresses.
func (c *Cluster) Addrs() []string {
	out := make([]string, len(c.Servers))
	for i, s := range c.Servers {
		out[i] = s.Addr()
	}
	return out
}

// StartCluster starts n (at least 3) cluster-enabled redis-servers, joins
// them with redis-cli --cluster create, and waits until the cluster is
// ok.
func StartCluster(t testing.TB, n int) *Cluster {
	t.Helper()
	cli := Binary(t, "redis-cli")
	c := &Cluster{}
	for range n {
		c.Servers = append(c.Servers, Start(t, "--cluster-enabled", "yes",
			"--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"))
	}
	args := append([]string{"--cluster", "create"}, c.Addrs()...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command(cli, args...).CombinedOutput(); err != nil {
		t.Fatalf("redistest: redis-cli %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok := true
		for _, s := range c.Servers {
			out, err := exec.Command(cli, "-p", strconv.Itoa(s.port), "cluster", "info").Output()
			if err != nil || !strings.Contains(string(out), "cluster_state:ok") {
				ok = false
				break
			}
		}
		if ok {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatal("redistest: cluster not ok within 30s")
		}
		time.Sleep(100 * time.Millisecond)
	}
}
