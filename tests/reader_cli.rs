//! The reader's command line when there is no terminal to draw on.

use std::process::{Command, Stdio};

#[test]
fn without_a_terminal_the_reader_points_to_extract() {
    let out = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("lectern runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is drawn into a pipe");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a terminal"), "{err}");
    assert!(err.contains("lectern extract"), "{err}");
}

#[test]
fn reader_options_are_accepted() {
    let out = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--no-color", "--no-mouse", "--lang", "en", "-"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("lectern runs");
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
