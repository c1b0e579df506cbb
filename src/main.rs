//! The `lectern` command: argument parsing and dispatch only.

use std::io::{self, Write};
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
        None => summary(cli.file.as_deref(), cli.lang),
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

/// Until the reader exists: print the analysis of the article in a readable form.
fn summary(file: Option<&str>, lang: LangArg) -> Result<ExitCode> {
    let (name, doc) = match file {
        Some(name) => (name.to_owned(), load(name)?),
        None => (
            lectern::SAMPLE_NAME.to_owned(),
            Document::from_bytes(lectern::SAMPLE).context("sample")?,
        ),
    };
    let lang = lang.resolve(&doc.text);
    let analysis = analyze(&doc.text, lang);
    let mut out = io::stdout().lock();
    writeln!(out, "{name} ({})", lang.code())?;
    for kind in lectern::extract::EntityKind::ALL {
        writeln!(out, "\n{kind:?}:")?;
        for e in analysis.entities(kind) {
            writeln!(
                out,
                "  {} ×{}  [{}]",
                e.name,
                e.mentions.len(),
                e.aliases.join(" | ")
            )?;
        }
    }
    writeln!(out, "\nQuotations:")?;
    for q in &analysis.quotes {
        let words = doc.text.get(q.span.start..q.span.end).unwrap_or("");
        writeln!(
            out,
            "  {}: « {words} »",
            q.speaker.as_deref().unwrap_or("?")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
