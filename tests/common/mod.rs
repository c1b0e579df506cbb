//! A tmux server of its own for each end-to-end test: the real binary in a real terminal,
//! keys typed and the screen read back (with its attributes) the way a person would see it.
//!
//! Each test crate uses a part of this module, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A private tmux server (its own socket) running one session; killed, and its socket
/// removed, when dropped — passed or failed.
pub struct Tmux {
    socket: String,
    /// The server's socket file, removed with the server.
    path: String,
    session: &'static str,
}

impl Tmux {
    /// Starts a detached session `session` of `cols`×`rows` cells running `command`.
    pub fn start(
        tag: &str,
        session: &'static str,
        (cols, rows): (u16, u16),
        command: &[&str],
    ) -> Self {
        let mut tmux = Self {
            socket: format!("lectern-test-{}-{tag}", std::process::id()),
            path: String::new(),
            session,
        };
        let (cols, rows) = (cols.to_string(), rows.to_string());
        let mut args = vec!["new-session", "-d", "-x", &cols, "-y", &rows, "-s", session];
        args.extend_from_slice(command);
        let out = tmux.run(&args);
        assert!(out.status.success(), "tmux new-session: {out:?}");
        let path = tmux.run(&["display-message", "-p", "#{socket_path}"]);
        tmux.path = String::from_utf8_lossy(&path.stdout).trim().to_owned();
        tmux
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// `tmux display-message` of `format` for the session's pane.
    pub fn show(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", self.session, format]);
        String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", self.session];
        args.extend_from_slice(keys);
        let out = self.run(&args);
        assert!(out.status.success(), "send-keys: {out:?}");
    }

    /// The screen as text, and as text with SGR escapes.
    pub fn screen(&self) -> (String, String) {
        let plain = self.run(&["capture-pane", "-p", "-t", self.session]);
        let styled = self.run(&["capture-pane", "-p", "-e", "-t", self.session]);
        (
            String::from_utf8_lossy(&plain.stdout).into_owned(),
            String::from_utf8_lossy(&styled.stdout).into_owned(),
        )
    }

    /// Polls the screen until `ok` holds; fails with the last screen after 15 s.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> (String, String) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen.0) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; screen:\n{}",
                screen.0
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    pub fn alive(&self) -> bool {
        self.run(&["has-session", "-t", self.session])
            .status
            .success()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        if self.path.ends_with(&self.socket) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// True, with a message, when tmux is not installed (`.ci/run` installs it).
pub fn tmux_missing() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("SKIPPED: tmux is not installed (.ci/run installs it)");
        return true;
    }
    false
}
