//! End to end in a real terminal: tmux, told to obey OSC 52 (`set-clipboard on`), runs the
//! reader (`lectern FILE`) on the title and clipboard payloads, waits until it shows the text,
//! its panels and the status line's note on removed escapes; the pane's title and tmux's paste
//! buffers must not change. The same payloads written by `cat` must change both, which shows the check can fail.
//!
//! Skipped, with a message, only when tmux is not installed (CI installs it).

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const PAYLOADS: &[&str] = &[
    "osc-title.txt",
    "osc-clipboard.txt",
    "c1-8bit.txt",
    "unterminated.txt",
];
const TITLE: &str = "lectern-hostile-test";

struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(tag: &str, command: &str) -> Self {
        let tmux = Self {
            socket: format!("lectern-hostile-{tag}-{}", std::process::id()),
        };
        let out = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "100",
            "-y",
            "30",
            "sh",
        ]);
        assert!(out.status.success(), "tmux new-session: {out:?}");
        for args in [
            &["set-option", "-g", "set-clipboard", "on"][..],
            &["set-option", "-g", "remain-on-exit", "on"],
            &["select-pane", "-t", "t", "-T", TITLE],
        ] {
            let out = tmux.run(args);
            assert!(out.status.success(), "tmux {args:?}: {out:?}");
        }
        tmux.run(&["send-keys", "-t", "t", command, "Enter"]);
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    fn title(&self) -> String {
        let out = self.run(&["display-message", "-p", "-t", "t", "#{pane_title}"]);
        String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
    }

    fn buffers(&self) -> String {
        String::from_utf8_lossy(&self.run(&["list-buffers"]).stdout).into_owned()
    }

    /// Waits until the screen shows `word` (at most 15 s).
    fn wait_for(&self, word: &str) {
        let start = Instant::now();
        while !self.screen().contains(word) {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {word:?}; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn tmux_missing() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("SKIPPED: tmux is not installed (.ci/run installs it)");
        return true;
    }
    false
}

fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    PAYLOADS
        .iter()
        .map(|name| dir.join(name).to_str().unwrap().to_owned())
        .collect()
}

#[test]
fn cat_lets_the_payloads_retitle_the_pane_and_write_the_clipboard() {
    if tmux_missing() {
        return;
    }
    let tmux = Tmux::start(
        "cat",
        &format!("cat {}; echo done-cat", fixtures().join(" ")),
    );
    tmux.wait_for("done-cat");
    assert_ne!(
        tmux.title(),
        TITLE,
        "the title payload did not work under cat"
    );
    assert!(
        tmux.buffers().contains("curl evil.example"),
        "the clipboard payload did not work under cat: {:?}",
        tmux.buffers()
    );
}

#[test]
fn lectern_leaves_the_pane_title_and_the_clipboard_alone() {
    if tmux_missing() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_lectern");
    for (i, file) in fixtures().iter().enumerate() {
        let tmux = Tmux::start(&i.to_string(), &format!("{bin} {file}"));
        // The reader itself shows the text: its panels, and its status line saying what
        // loading removed.
        tmux.wait_for("Poutine");
        tmux.wait_for("People (");
        tmux.wait_for("removed");
        // The reader waits for q; a command that printed and left ignores it.
        tmux.run(&["send-keys", "-t", "t", "q"]);
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(tmux.title(), TITLE, "{file} retitled the pane");
        assert_eq!(tmux.buffers(), "", "{file} wrote a paste buffer");
    }
}
