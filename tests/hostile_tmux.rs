//! End to end in a real terminal: tmux, told to obey OSC 52 (`set-clipboard on`), runs the
//! reader (`lectern FILE`) on the title and clipboard payloads, waits until it shows the text,
//! its panels and the status line's note on removed escapes; the pane's title and tmux's paste
//! buffers must not change. The same payloads written by `cat` must change both, which shows the check can fail.
//!
//! Skipped, with a message, only when tmux is not installed (CI installs it).

mod common;

use common::{tmux_missing, Tmux};
use std::path::Path;
use std::time::Duration;

const PAYLOADS: &[&str] = &[
    "osc-title.txt",
    "osc-clipboard.txt",
    "c1-8bit.txt",
    "unterminated.txt",
];
const TITLE: &str = "lectern-hostile-test";

/// A session running `sh`, told to obey OSC 52 and titled [`TITLE`], where `command` is typed.
fn start(tag: &str, command: &str) -> Tmux {
    let tmux = Tmux::start(&format!("hostile-{tag}"), "t", (100, 30), &["sh"]);
    for args in [
        &["set-option", "-g", "set-clipboard", "on"][..],
        &["set-option", "-g", "remain-on-exit", "on"],
        &["select-pane", "-t", "t", "-T", TITLE],
    ] {
        let out = tmux.run(args);
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
    }
    tmux.keys(&[command, "Enter"]);
    tmux
}

fn buffers(tmux: &Tmux) -> String {
    String::from_utf8_lossy(&tmux.run(&["list-buffers"]).stdout).into_owned()
}

/// Waits until the screen shows `word` (at most 15 s).
fn wait_for(tmux: &Tmux, word: &str) {
    tmux.wait_for(&format!("{word:?}"), |s| s.contains(word));
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
    let tmux = start("cat", &format!("cat {}", fixtures().join(" ")));
    // The last payload leaves an escape string open, which swallows what follows: no end
    // marker can be waited for, so the effects are polled for.
    let began = std::time::Instant::now();
    while tmux.show("#{pane_title}") == TITLE || !buffers(&tmux).contains("curl evil.example") {
        assert!(
            began.elapsed() < Duration::from_secs(15),
            "the payloads did not work under cat: title {:?}, buffers {:?}",
            tmux.show("#{pane_title}"),
            buffers(&tmux)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn lectern_leaves_the_pane_title_and_the_clipboard_alone() {
    if tmux_missing() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_lectern");
    for (i, file) in fixtures().iter().enumerate() {
        let tmux = start(&i.to_string(), &format!("{bin} {file}"));
        // The reader itself shows the text: its panels, and its status line saying what
        // loading removed.
        wait_for(&tmux, "Poutine");
        wait_for(&tmux, "People (");
        wait_for(&tmux, "removed");
        // The reader waits for q; a command that printed and left ignores it.
        tmux.keys(&["q"]);
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(
            tmux.show("#{pane_title}"),
            TITLE,
            "{file} retitled the pane"
        );
        assert_eq!(buffers(&tmux), "", "{file} wrote a paste buffer");
    }
}
