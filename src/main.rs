//! The `lectern` command: argument parsing and dispatch only.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use lectern::document::Document;
use lectern::export::FileReport;
use lectern::extract::{analyze, detect_language, Lang};

/// A terminal reader for news articles: people, places, organisations and quotations.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The article to read (`-` for standard input); the bundled sample when omitted.
    file: Option<String>,
    /// The article's language.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    lang: LangArg,
    /// No colours: highlights by bold, underline, italic and marks only (also `NO_COLOR`).
    #[arg(long)]
    no_color: bool,
    /// Leave the mouse to the terminal (its own text selection keeps working).
    #[arg(long)]
    no_mouse: bool,
    /// Hidden, for the tests: panic at the first key, so they can check that the panic hook
    /// restores the terminal (tests/e2e_tmux.rs).
    #[arg(long, hide = true)]
    panic_for_test: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print each file's analysis as one JSON object per line.
    Extract {
        /// The article's language.
        #[arg(long, value_enum, default_value_t = LangArg::Auto)]
        lang: LangArg,
        /// Indent the JSON (one object per file, no longer one per line).
        #[arg(long)]
        pretty: bool,
        /// Files to analyse; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    Auto,
    Fr,
    En,
}

impl LangArg {
    fn resolve(self, text: &str) -> Lang {
        match self {
            Self::Auto => detect_language(text),
            Self::Fr => Lang::Fr,
            Self::En => Lang::En,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract {
            lang,
            pretty,
            files,
        }) => extract(&files, lang, pretty),
        None => reader(&cli),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("lectern: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn load(name: &str) -> Result<Document> {
    if name == "-" {
        return Document::from_reader(io::stdin().lock()).context("standard input");
    }
    Document::load(Path::new(name)).with_context(|| name.to_owned())
}

fn extract(files: &[String], lang: LangArg, pretty: bool) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for name in files {
        let doc = match load(name) {
            Ok(doc) => doc,
            Err(err) => {
                out.flush()?;
                eprintln!("lectern: {err:#}");
                failed = true;
                continue;
            }
        };
        let lang = lang.resolve(&doc.text);
        let analysis = analyze(&doc.text, lang);
        let report = FileReport::new(name, lang, &doc, &analysis);
        let line = if pretty {
            serde_json::to_string_pretty(&report)?
        } else {
            serde_json::to_string(&report)?
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Opens the reader on the file, standard input or the bundled sample.
fn reader(cli: &Cli) -> Result<ExitCode> {
    // A named file is read first: a missing or binary file gets its own error, whatever
    // standard output is.
    let named = match cli.file.as_deref() {
        Some(name) if name != "-" => Some((name.to_owned(), load(name)?)),
        _ => None,
    };
    if !io::stdout().is_terminal() {
        eprintln!(
            "lectern: standard output is not a terminal; the reader needs one.\n\
             For the analysis as JSON, use `lectern extract FILE` (`lectern extract -` for standard input)."
        );
        return Ok(ExitCode::from(2));
    }
    let piped = !io::stdin().is_terminal();
    let (name, doc) = match (named, cli.file.as_deref()) {
        (Some(named), _) => named,
        (None, Some(_)) => ("(standard input)".to_owned(), load("-")?),
        (None, None) if piped => ("(standard input)".to_owned(), load("-")?),
        (None, None) => (
            lectern::SAMPLE_NAME.to_owned(),
            Document::from_bytes(lectern::SAMPLE).context("sample")?,
        ),
    };
    let lang = cli.lang.resolve(&doc.text);
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let notes = doc.notes();
    let empty = doc.is_empty();
    let launch = lectern::tui::Launch {
        name,
        notes,
        empty,
        panic_for_test: cli.panic_for_test,
        text: doc.text,
        lang,
        options: lectern::tui::Options {
            color: !no_color,
            mouse: !cli.no_mouse,
        },
    };
    lectern::tui::run(launch).context("terminal")?;
    Ok(ExitCode::SUCCESS)
}
