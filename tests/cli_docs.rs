//! Command-line conventions: help with examples for every command, version, completions and a
//! man page generated from the same definition.

mod common;

use clap::CommandFactory;
use common::Sandbox;
use predicates::prelude::*;
use workbook::cli::Cli;

fn leaf_commands(command: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    let subcommands: Vec<&clap::Command> = command
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .collect();
    if subcommands.is_empty() || !path.is_empty() {
        out.push(path.clone());
    }
    for sub in subcommands {
        let mut next = path.clone();
        next.push(sub.get_name().to_string());
        leaf_commands(sub, next, out);
    }
}

#[test]
fn every_command_help_shows_an_example() {
    let mut commands = Vec::new();
    leaf_commands(&Cli::command(), Vec::new(), &mut commands);
    assert!(commands.len() >= 4);
    let sandbox = Sandbox::new();
    for path in commands {
        let output = sandbox.cmd().args(&path).arg("--help").output().unwrap();
        assert!(output.status.success(), "{path:?} --help failed");
        let help = String::from_utf8_lossy(&output.stdout);
        assert!(
            help.contains("Examples:"),
            "`workbook {}` --help has no example",
            path.join(" ")
        );
    }
}

#[test]
fn version_is_printed() {
    Sandbox::new()
        .cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!(
            "workbook {}",
            env!("CARGO_PKG_VERSION")
        )));
}

#[test]
fn completions_generate_for_every_shell() {
    let sandbox = Sandbox::new();
    for (shell, marker) in [
        ("bash", "complete -F _workbook"),
        ("zsh", "#compdef workbook"),
        ("fish", "complete -c workbook"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        sandbox
            .cmd()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(marker).and(predicate::str::contains("validate")));
    }
}

#[test]
fn man_page_generates() {
    Sandbox::new().cmd().arg("man").assert().success().stdout(
        predicate::str::contains(".TH workbook 1").and(predicate::str::contains("validate")),
    );
}
