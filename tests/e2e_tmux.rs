//! The real binary in a real terminal: tmux runs `lectern` on the sample, the test types
//! keys and reads the screen (with its attributes) the way a person would see it.
//!
//! Skipped, with a message, only when tmux is not installed (CI installs it).

mod common;

use common::{tmux_missing, Tmux};
use std::process::Command;
use std::time::{Duration, Instant};

/// The forms under which the sample names Sergueï Choïgu.
const CHOIGU_FORMS: &[&str] = &[
    "Sergueï Choïgu",
    "Sergei Shoigu",
    "Choïgu",
    "Choïgou",
    "Shoigu",
];

fn status_line(screen: &str) -> &str {
    screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("")
}

/// `(i, n)` from the status line's `i/N` after `name`; `i` is `None` for `–`.
fn counter(screen: &str, name: &str) -> Option<(Option<usize>, usize)> {
    let status = status_line(screen);
    let after = &status[status.find(name)? + name.len()..];
    let word = after.split_whitespace().next()?;
    let (i, n) = word.split_once('/')?;
    Some((i.parse().ok(), n.parse().ok()?))
}

/// The runs of reverse-video text on one captured line with escapes.
fn reversed_runs(line: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current = String::new();
    let mut reverse = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            let mut params = String::new();
            for p in chars.by_ref() {
                if p.is_ascii_alphabetic() {
                    if p != 'm' {
                        params.clear();
                    }
                    break;
                }
                params.push(p);
            }
            let nums: Vec<u32> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
            let mut i = 0;
            while i < nums.len() {
                match nums[i] {
                    0 => reverse = false,
                    7 => reverse = true,
                    27 => reverse = false,
                    38 | 48 | 58 => i += if nums.get(i + 1) == Some(&2) { 4 } else { 2 },
                    _ => {}
                }
                i += 1;
            }
            if !reverse && !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if reverse {
            current.push(c);
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// True when some SGR escape of `styled` sets a foreground or background colour.
fn has_colour(styled: &str) -> bool {
    styled.split("\u{1b}[").skip(1).any(|seq| {
        let params = seq.split('m').next().unwrap_or("");
        params.split(';').any(|p| {
            p.parse::<u32>()
                .is_ok_and(|n| matches!(n, 30..=38 | 40..=48 | 90..=97 | 100..=107))
        })
    })
}

#[test]
fn a_reader_follows_a_person_through_the_sample() {
    if !tmux_missing() {
        follow_a_person("colour", &["-u", "NO_COLOR"]);
    }
}

#[test]
fn a_reader_follows_a_person_without_colour() {
    if !tmux_missing() {
        follow_a_person("mono", &["NO_COLOR=1"]);
    }
}

fn follow_a_person(tag: &str, env: &[&str]) {
    let bin = env!("CARGO_BIN_EXE_lectern");
    let mut command = vec!["env"];
    command.extend_from_slice(env);
    command.extend_from_slice(&["TERM=xterm-256color", "LANG=C.UTF-8", bin]);
    let tmux = Tmux::start(tag, "reader", (120, 40), &command);

    // The four panels, once the analysis is in.
    let (screen, _) = tmux.wait_for("the panels", |s| {
        s.contains("People (") && !s.contains("analysing") && s.contains("Quotations (")
    });
    for title in ["People (", "Places (", "Organisations (", "Quotations ("] {
        assert!(screen.contains(title), "panel {title} missing:\n{screen}");
    }
    assert!(status_line(&screen).contains("kim-poutine-fr.txt"));

    // Focus People, then move down to the Choïgu person.
    tmux.keys(&["1"]);
    tmux.wait_for("People focused", |s| status_line(s).contains("–/"));
    let mut found = false;
    for _ in 0..20 {
        let (screen, _) = tmux.screen();
        if status_line(&screen).contains("Choïgu") {
            found = true;
            break;
        }
        let before = status_line(&screen).to_owned();
        tmux.keys(&["j"]);
        tmux.wait_for("the selection to move", |s| status_line(s) != before);
    }
    assert!(found, "no Choïgu in People:\n{}", tmux.screen().0);
    let (screen, _) = tmux.screen();
    let name = if status_line(&screen).contains("Sergueï Choïgu") {
        "Sergueï Choïgu"
    } else {
        "Choïgu"
    };
    let (_, n) = counter(&screen, name).expect("counter i/N in the status line");
    assert!(n >= 2, "Choïgu is mentioned several times, got {n}");
    assert!(
        screen
            .lines()
            .any(|l| l.contains("›") && l.contains("Choïgu")),
        "the People panel marks the selection:\n{screen}"
    );

    // Enter: the first mention, under the cursor.
    tmux.keys(&["Enter"]);
    let (screen, styled) = tmux.wait_for("1/N", |s| counter(s, name) == Some((Some(1), n)));
    assert_eq!(
        has_colour(&styled),
        tag == "colour",
        "colours are used exactly when NO_COLOR is unset"
    );
    let cursor_line = styled
        .lines()
        .find(|l| l.contains('▶'))
        .unwrap_or_else(|| panic!("no cursor mark ▶:\n{screen}"));
    let runs = reversed_runs(cursor_line);
    assert!(
        runs.iter().any(|r| CHOIGU_FORMS.contains(&r.trim())),
        "the mention under the cursor is not in reverse video: {runs:?}\n{cursor_line:?}"
    );

    // n: the second mention.
    tmux.keys(&["n"]);
    let (_, styled) = tmux.wait_for("2/N", |s| counter(s, name) == Some((Some(2), n)));
    assert_eq!(
        has_colour(&styled),
        tag == "colour",
        "colours are used exactly when NO_COLOR is unset"
    );
    let cursor_line = styled
        .lines()
        .find(|l| l.contains('▶'))
        .expect("cursor mark");
    assert!(reversed_runs(cursor_line)
        .iter()
        .any(|r| CHOIGU_FORMS.contains(&r.trim())));

    // ]: the next entity in reading order, selected in its panel too.
    tmux.keys(&["]"]);
    let (screen, _) = tmux.wait_for("the next entity", |s| {
        counter(s, name) != Some((Some(2), n))
    });
    let status = status_line(&screen).trim_start().to_owned();
    // The keys hint follows a run of spaces; the parts before it are ` │ `-separated.
    let left = status.split("  ").next().unwrap_or("");
    let moved = left
        .split(" │ ")
        .find(|part| part.contains('/') && !part.contains('%'))
        .expect("the status names the new entity and its i/N");
    let (entity, count) = moved.rsplit_once(' ').expect("name and counter");
    assert!(count
        .split('/')
        .next()
        .is_some_and(|i| i.parse::<usize>().is_ok()));
    let entity = entity.trim();
    assert!(
        screen
            .lines()
            .any(|l| l.contains('›') && l.contains(entity)),
        "{entity} is not selected in its panel:\n{screen}"
    );

    // q: the reader leaves.
    tmux.keys(&["q"]);
    let start = Instant::now();
    while tmux.alive() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(40));
    }
}

/// How a reader is made to end.
#[derive(Clone, Copy)]
enum End {
    /// `kill -SIG` from outside.
    Signal(&'static str),
    /// Keys typed into the reader.
    Keys(&'static str),
    /// `--panic-for-test` and a key: the panic hook must restore the terminal.
    Panic,
}

/// Runs the reader under a shell that saves `stty -a` before and after it; ends the reader
/// as `end` says, and checks the terminal came back whole: the same `stty -a` as before (while
/// the reader runs it differs: raw mode), main screen, no mouse capture, the exit status
/// expected.
fn restored_after(tag: &str, end: End, status: i32) {
    let dir =
        TempDir(std::env::temp_dir().join(format!("lectern-e2e-{}-{tag}", std::process::id())));
    std::fs::create_dir_all(&dir.0).expect("temp dir");
    let file = |name: &str| dir.0.join(name).display().to_string();
    let bin = env!("CARGO_BIN_EXE_lectern");
    let flag = if matches!(end, End::Panic) {
        " --panic-for-test"
    } else {
        ""
    };
    let script = format!(
        "stty -a > {before}; sh -c 'echo $$ > {pid}; exec {bin}{flag}'; echo EXIT=$?; \
         stty -a > {after}; echo STTY-SAVED; sleep 30",
        before = file("before"),
        after = file("after"),
        pid = file("pid"),
    );
    let tmux = Tmux::start(
        tag,
        "reader",
        (100, 30),
        &[
            "env",
            "TERM=xterm-256color",
            "LANG=C.UTF-8",
            "sh",
            "-c",
            &script,
        ],
    );
    tmux.wait_for("the reader", |s| {
        s.contains("People") && status_line(s).contains('%')
    });
    let flags = |t: &Tmux| t.show("#{alternate_on} #{mouse_any_flag}");
    assert_eq!(
        flags(&tmux),
        "1 1",
        "alternate screen and mouse capture while reading"
    );
    let before = std::fs::read_to_string(file("before")).expect("stty -a before");
    assert!(
        before.contains(" icanon") && before.contains(" echo"),
        "the shell's tty is cooked: {before}"
    );
    // The comparison can fail: while the reader runs, the tty is raw.
    let tty = tmux.show("#{pane_tty}");
    let during = Command::new("stty")
        .args(["-a", "-F", &tty])
        .output()
        .expect("stty runs");
    assert!(during.status.success(), "stty -a -F {tty}: {during:?}");
    let during = String::from_utf8_lossy(&during.stdout).into_owned();
    assert_ne!(during, before, "the reader puts the tty in raw mode");
    assert!(
        during.contains("-icanon"),
        "raw mode while reading: {during}"
    );
    match end {
        End::Signal(signal) => {
            let pid = std::fs::read_to_string(file("pid")).expect("pid file");
            let kill = Command::new("kill")
                .args([&format!("-{signal}"), pid.trim()])
                .status()
                .expect("kill runs");
            assert!(kill.success());
        }
        End::Keys(keys) => tmux.keys(&[keys]),
        End::Panic => tmux.keys(&["j"]),
    }
    let (screen, _) = tmux.wait_for("the shell after the reader", |s| s.contains("STTY-SAVED"));
    assert!(
        screen.contains(&format!("EXIT={status}")),
        "exit status {status} expected:\n{screen}"
    );
    assert_eq!(
        flags(&tmux),
        "0 0",
        "alternate screen and mouse capture are undone"
    );
    let after = std::fs::read_to_string(file("after")).expect("stty -a after");
    assert_eq!(after, before, "stty -a differs after the reader ended");
    if matches!(end, End::Panic) {
        assert!(
            screen.contains("panic-for-test"),
            "the panic message is shown on the restored screen:\n{screen}"
        );
    }
}

/// A directory removed when the test ends, passed or failed.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux_missing() {
        restored_after("term", End::Signal("TERM"), 128 + 15);
    }
}

#[test]
fn sighup_restores_the_terminal() {
    if !tmux_missing() {
        restored_after("hup", End::Signal("HUP"), 128 + 1);
    }
}

#[test]
fn sigint_restores_the_terminal() {
    if !tmux_missing() {
        restored_after("int", End::Signal("INT"), 128 + 2);
    }
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    if !tmux_missing() {
        restored_after("ctrl-c", End::Keys("C-c"), 0);
    }
}

#[test]
fn q_quits_and_restores_the_terminal() {
    if !tmux_missing() {
        restored_after("q", End::Keys("q"), 0);
    }
}

#[test]
fn a_panic_restores_the_terminal() {
    if !tmux_missing() {
        restored_after("panic", End::Panic, 101);
    }
}
