//! The command line's help and usage errors in the user's language.
//!
//! The derive types in [`super`] carry no text. When help or an error is to be shown, the
//! command is built again with its texts from `locales/<lang>/cli.ftl`: a command's about text
//! is `cli-PATH-about` (`cli-city-new-about`; the program's own is `cli-about`), its examples
//! `cli-PATH-after-help`, an argument's help `cli-PATH-arg-ID` (`cli-plan-arg-format`), or
//! `cli-arg-ID` for the global ones and those several commands share (`--wait`), and a value's
//! `cli-value-ARG-VALUE`. In English clap lays the help out as it always did. In another
//! language the headings, placeholders, defaults and possible values clap would write in
//! English are written from the messages instead, and a usage error is worded by [`Localized`].

use std::ffi::OsString;

use clap::builder::styling::{Style, Styles};
use clap::builder::{PossibleValue, PossibleValuesParser, StyledStr, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches, ValueEnum};
use workbook_core::messages::{Messages, SOURCE, ui};

use super::{Cli, NumberFormatArg, PlanFormatArg, TrackArg};
use crate::tr;
use crate::tui::theme::ThemeName;

/// The command line `args`, parsed; help, the version and usage errors are printed (in the
/// interface's language) and end the process, as clap does.
pub fn parse(args: Vec<OsString>) -> Cli {
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => return cli,
        // The version has no words to translate: printed without building the texts.
        Err(error) if error.kind() == ErrorKind::DisplayVersion => error.exit(),
        Err(_) => {}
    }
    // Help, the version or a mistake: parsed again with the texts, to say it with them.
    let mut command = command();
    let error = match command.try_get_matches_from_mut(&args) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => return cli,
            Err(error) => error.format(&mut command),
        },
        Err(error) => error,
    };
    exit(error)
}

/// Prints `error` (help and the version on standard output) and ends the process.
fn exit(error: clap::Error) -> ! {
    let shown = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if shown || ui().tag() == SOURCE {
        error.exit()
    }
    error.apply::<Localized>().exit()
}

/// The whole command line with its help in the interface's language, built (as completions
/// and the manual page need it).
pub fn command() -> Command {
    let messages = ui();
    let mut command = texts(Cli::command(), &[], messages);
    command.build();
    finish(command, messages)
}

/// The message `id`, if English has it (and so every language).
fn said(messages: &Messages, id: &str) -> Option<String> {
    Messages::source().has(id).then(|| messages.text(id))
}

/// `cli-PATH-what`, for the command at `path` (`cli-what` for the program itself).
fn key(path: &[String], what: &str) -> String {
    let mut key = String::from("cli");
    for name in path {
        key.push('-');
        key.push_str(name);
    }
    key.push('-');
    key.push_str(what);
    key
}

/// Puts the texts into the command at `path` and all under it, before it is built.
fn texts(mut command: Command, path: &[String], messages: &Messages) -> Command {
    if let Some(about) = said(messages, &key(path, "about")) {
        command = command.about(about);
    }
    if let Some(about) = said(messages, &key(path, "long-about")) {
        command = command.long_about(about);
    }
    if let Some(examples) = said(messages, &key(path, "after-help")) {
        command = command.after_help(examples);
    }
    if messages.tag() != SOURCE && command.has_subcommands() {
        command = command.subcommand_value_name(messages.text("cli-placeholder-command"));
    }
    command = command.mut_args(|arg| argument(arg, path, messages));
    command.mut_subcommands(|sub| {
        let mut inner = path.to_vec();
        inner.push(sub.get_name().to_string());
        texts(sub, &inner, messages)
    })
}

/// An argument's help, its values' help and (in another language than English) its
/// placeholder.
fn argument(arg: Arg, path: &[String], messages: &Messages) -> Arg {
    let id = arg.get_id().as_str().replace('_', "-");
    let help = said(messages, &key(path, &format!("arg-{id}")))
        .or_else(|| said(messages, &format!("cli-arg-{id}")));
    let mut arg = match (path.join("-").as_str(), id.as_str()) {
        ("", "theme") => described::<ThemeName>(arg, &id, messages),
        (_, "track") => described::<TrackArg>(arg, &id, messages),
        (_, "number-format") => described::<NumberFormatArg>(arg, &id, messages),
        ("plan", "format") => described::<PlanFormatArg>(arg, &id, messages),
        _ => arg,
    };
    if let Some(help) = help {
        arg = arg.help(help);
    }
    if messages.tag() != SOURCE
        && let Some(names) = arg.get_value_names()
    {
        let names: Vec<String> = names
            .iter()
            .map(|name| {
                // FILE|WORKBOOK.QUESTION is cli-placeholder-file-workbook-question.
                let id: String = name
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect();
                let id = format!("cli-placeholder-{id}");
                said(messages, &id).unwrap_or_else(|| name.to_string())
            })
            .collect();
        arg = arg.value_names(names);
    }
    arg
}

/// `arg`, whose values are `E`'s, with each value's help from `cli-value-ARG-VALUE`.
fn described<E: ValueEnum + Clone + Send + Sync + 'static>(
    arg: Arg,
    name: &str,
    messages: &Messages,
) -> Arg {
    let values: Vec<PossibleValue> = E::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|value| {
            let id = format!("cli-value-{name}-{}", value.get_name());
            match said(messages, &id) {
                Some(help) => value.help(help),
                None => value,
            }
        })
        .collect();
    arg.value_parser(
        PossibleValuesParser::new(values).try_map(|typed: String| E::from_str(&typed, false)),
    )
}

/// What clap adds when it builds a command (the help and version flags, the `help`
/// subcommand) in the interface's language, and in another language than English the layout
/// of the help with translated headings.
fn finish(mut command: Command, messages: &Messages) -> Command {
    let english = messages.tag() == SOURCE;
    command = command.mut_args(|arg| match arg.get_id().as_str() {
        "help" if arg.get_long_help().is_some() => arg
            .help(messages.text("cli-help-flag-short"))
            .long_help(messages.text("cli-help-flag-long")),
        "help" => arg.help(messages.text("cli-help-flag")),
        "version" => arg.help(messages.text("cli-version-flag")),
        "subcommand" if command_is_help(&arg) => {
            let arg = arg.help(messages.text("cli-help-command-arg"));
            match english {
                true => arg,
                false => arg.value_name(messages.text("cli-placeholder-command")),
            }
        }
        _ if english => arg,
        _ => specs(arg, messages),
    });
    if command.get_name() == "help" {
        command = command.about(messages.text("cli-help-command"));
    }
    if !english {
        let template = template(&mut command, messages);
        command = command.help_template(template);
    }
    command.mut_subcommands(|sub| finish(sub, messages))
}

/// Whether `arg` is the argument of the `help` subcommand clap adds.
fn command_is_help(arg: &Arg) -> bool {
    arg.get_value_names()
        .is_some_and(|names| names.iter().any(|n| n == "COMMAND"))
        && arg.is_positional()
}

fn paint(style: &Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// The layout of a command's help, as clap's own but with the headings in the interface's
/// language.
fn template(command: &mut Command, messages: &Messages) -> String {
    let styles = Styles::styled();
    let heading = |id: &str| paint(styles.get_header(), &messages.text(id));
    let usage = localized_usage(&command.render_usage().ansi().to_string(), messages);
    let mut sections = Vec::new();
    if command.get_subcommands().any(|c| !c.is_hide_set()) {
        sections.push(format!(
            "{}\n{{subcommands}}",
            heading("cli-heading-commands")
        ));
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!(
            "{}\n{{positionals}}",
            heading("cli-heading-arguments")
        ));
    }
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(format!("{}\n{{options}}", heading("cli-heading-options")));
    }
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}\n\n{}{{after-help}}",
        sections.join("\n\n")
    )
}

/// A usage line clap wrote, with its heading and `[OPTIONS]` in the interface's language.
fn localized_usage(usage: &str, messages: &Messages) -> String {
    usage
        .replacen("Usage:", &messages.text("cli-heading-usage"), 1)
        .replace("[OPTIONS]", &messages.text("cli-placeholder-options"))
}

/// An argument's environment variable, default and possible values, as clap would add them to
/// its help, in the interface's language.
fn specs(arg: Arg, messages: &Messages) -> Arg {
    let takes_values = arg.get_action().takes_values();
    let mut specs = Vec::new();
    if let Some(name) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        specs.push(tr!(in messages; "cli-spec-env", name = name.to_string_lossy()));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().to_string())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        specs.push(tr!(in messages; "cli-spec-default", value = defaults.join(" ")));
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut listed = None;
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        let separator = messages.text("cli-list-separator");
        let possible = tr!(in messages; "cli-spec-possible", values = names.join(&separator));
        if values.iter().any(|v| v.get_help().is_some()) {
            let mut list = messages.text("cli-spec-possible-heading");
            for value in &values {
                list.push('\n');
                list.push_str(&match value.get_help() {
                    Some(help) => tr!(in messages; "cli-spec-possible-value",
                        value = value.get_name(), help = help.to_string()),
                    None => format!("- {}", value.get_name()),
                });
            }
            listed = Some((list, specs.clone()));
        }
        specs.push(possible);
    }
    if specs.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string);
    let short: Vec<String> = help.iter().cloned().chain(specs).collect();
    let mut arg = arg
        .hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(short.join(" "));
    if let Some((list, others)) = listed {
        let mut long: Vec<String> = help.into_iter().collect();
        long.push(list);
        if !others.is_empty() {
            long.push(others.join("\n"));
        }
        arg = arg.long_help(long.join("\n\n"));
    }
    arg
}

/// Usage errors in the interface's language, laid out as clap's own.
pub struct Localized;

const TAB: &str = "  ";

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let messages = ui();
        let styles = Styles::styled();
        let mut out = format!(
            "{} {}",
            paint(styles.get_error(), &messages.text("cli-clap-error")),
            problem(error, messages, &styles)
        );
        let valid = styles.get_valid();
        let tip = paint(valid, &messages.text("cli-clap-tip"));
        let similar = [
            (
                ContextKind::SuggestedSubcommand,
                "cli-clap-similar-subcommand",
            ),
            (ContextKind::SuggestedArg, "cli-clap-similar-argument"),
            (ContextKind::SuggestedValue, "cli-clap-similar-value"),
        ];
        let mut suggested = false;
        for (kind, id) in similar {
            let names = match error.get(kind) {
                Some(ContextValue::String(name)) => vec![name.clone()],
                Some(ContextValue::Strings(names)) => names.clone(),
                _ => continue,
            };
            if names.is_empty() {
                continue;
            }
            out.push_str(if suggested { "\n" } else { "\n\n" });
            suggested = true;
            let quoted: Vec<String> = names.iter().map(|n| quote(messages, valid, n)).collect();
            let separator = messages.text("cli-list-separator");
            let text = messages.format(
                id,
                &[
                    ("count", names.len().into()),
                    ("names", quoted.join(&separator).into()),
                ],
            );
            out.push_str(&format!("{TAB}{tip} {text}"));
        }
        if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
            if !suggested && !tips.is_empty() {
                out.push('\n');
            }
            for text in tips {
                let text = suggestion(&text.to_string(), messages, &styles);
                out.push_str(&format!("\n{TAB}{tip} {text}"));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            out.push_str("\n\n");
            out.push_str(&localized_usage(&usage.ansi().to_string(), messages));
        }
        let flag = paint(styles.get_literal(), "--help");
        out.push_str("\n\n");
        out.push_str(&tr!(in messages; "cli-clap-try-help", flag = flag));
        out.push('\n');
        StyledStr::from(out)
    }
}

/// `text` in the language's quotation marks, in `style`.
fn quote(messages: &Messages, style: &Style, text: &str) -> String {
    tr!(in messages; "cli-clap-quoted", text = paint(style, text))
}

/// What is wrong, in one sentence (and a list where clap gives one).
fn problem(error: &clap::error::Error<Localized>, messages: &Messages, styles: &Styles) -> String {
    let invalid = |text: &str| quote(messages, styles.get_invalid(), text);
    let literal = |text: &str| quote(messages, styles.get_literal(), text);
    let valid = |text: &str| paint(styles.get_valid(), text);
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.as_str()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list.clone()),
        _ => None,
    };
    let listed = |list: Vec<String>| -> String {
        list.iter()
            .map(|item| format!("\n{TAB}{}", paint(styles.get_invalid(), item)))
            .collect()
    };
    let values_list = |id: &str, kind| match strings(kind) {
        Some(values) if !values.is_empty() => {
            let values: Vec<String> = values.iter().map(|v| valid(v)).collect();
            let separator = messages.text("cli-list-separator");
            format!(
                "\n{TAB}{}",
                messages.format(id, &[("values", values.join(&separator).into())])
            )
        }
        _ => String::new(),
    };
    match error.kind() {
        ErrorKind::ArgumentConflict => {
            let (subject, twice, one, many, others) = match string(ContextKind::InvalidArg) {
                Some(arg) => (
                    invalid(arg),
                    error.get(ContextKind::PriorArg)
                        == Some(&ContextValue::String(arg.to_string())),
                    "cli-clap-argument-conflict",
                    "cli-clap-argument-conflict-many",
                    "cli-clap-argument-conflict-others",
                ),
                None => match string(ContextKind::InvalidSubcommand) {
                    Some(sub) => (
                        invalid(sub),
                        false,
                        "cli-clap-subcommand-conflict",
                        "cli-clap-subcommand-conflict-many",
                        "cli-clap-subcommand-conflict-others",
                    ),
                    None => return messages.text("cli-clap-invalid"),
                },
            };
            if twice {
                tr!(in messages; "cli-clap-argument-twice", argument = subject)
            } else {
                match error.get(ContextKind::PriorArg) {
                    Some(ContextValue::String(other)) => messages.format(
                        one,
                        &[
                            ("argument", subject.clone().into()),
                            ("other", invalid(other).into()),
                        ],
                    ),
                    Some(ContextValue::Strings(others)) => format!(
                        "{}{}",
                        messages.format(many, &[("argument", subject.clone().into())]),
                        listed(others.clone())
                    ),
                    _ => messages.format(others, &[("argument", subject.clone().into())]),
                }
            }
        }
        ErrorKind::NoEquals => match string(ContextKind::InvalidArg) {
            Some(arg) => tr!(in messages; "cli-clap-no-equals", argument = invalid(arg)),
            None => messages.text("cli-clap-invalid"),
        },
        ErrorKind::InvalidValue => {
            match (
                string(ContextKind::InvalidArg),
                string(ContextKind::InvalidValue),
            ) {
                (Some(arg), Some("")) => format!(
                    "{}{}",
                    tr!(in messages; "cli-clap-value-required", argument = invalid(arg)),
                    values_list("cli-clap-possible-values", ContextKind::ValidValue)
                ),
                (Some(arg), Some(value)) => format!(
                    "{}{}",
                    tr!(in messages; "cli-clap-invalid-value",
                        value = invalid(value), argument = literal(arg)),
                    values_list("cli-clap-possible-values", ContextKind::ValidValue)
                ),
                _ => messages.text("cli-clap-invalid"),
            }
        }
        ErrorKind::InvalidSubcommand => match string(ContextKind::InvalidSubcommand) {
            Some(sub) => tr!(in messages; "cli-clap-unknown-subcommand", subcommand = invalid(sub)),
            None => messages.text("cli-clap-invalid"),
        },
        ErrorKind::MissingRequiredArgument => match strings(ContextKind::InvalidArg) {
            Some(args) => format!(
                "{}{}",
                messages.text("cli-clap-missing-arguments"),
                args.iter()
                    .map(|a| format!("\n{TAB}{}", valid(a)))
                    .collect::<String>()
            ),
            None => messages.text("cli-clap-invalid"),
        },
        ErrorKind::MissingSubcommand => match string(ContextKind::InvalidSubcommand) {
            Some(sub) => format!(
                "{}{}",
                tr!(in messages; "cli-clap-missing-subcommand", command = invalid(sub)),
                values_list("cli-clap-subcommands", ContextKind::ValidSubcommand)
            ),
            None => messages.text("cli-clap-invalid"),
        },
        ErrorKind::InvalidUtf8 => messages.text("cli-clap-invalid-utf8"),
        ErrorKind::TooManyValues => match (
            string(ContextKind::InvalidArg),
            string(ContextKind::InvalidValue),
        ) {
            (Some(arg), Some(value)) => tr!(in messages; "cli-clap-too-many-values",
                value = invalid(value), argument = literal(arg)),
            _ => messages.text("cli-clap-invalid"),
        },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let (id, wanted) = if error.kind() == ErrorKind::TooFewValues {
                ("cli-clap-too-few-values", ContextKind::MinValues)
            } else {
                (
                    "cli-clap-wrong-number-of-values",
                    ContextKind::ExpectedNumValues,
                )
            };
            match (
                string(ContextKind::InvalidArg),
                number(ContextKind::ActualNumValues),
                number(wanted),
            ) {
                (Some(arg), Some(count), Some(expected)) => messages.format(
                    id,
                    &[
                        ("argument", literal(arg).into()),
                        ("count", (count as f64).into()),
                        ("expected", (expected as f64).into()),
                    ],
                ),
                _ => messages.text("cli-clap-invalid"),
            }
        }
        ErrorKind::ValueValidation => match (
            string(ContextKind::InvalidArg),
            string(ContextKind::InvalidValue),
        ) {
            (Some(arg), Some(value)) => {
                let (value, argument) = (invalid(value), literal(arg));
                match std::error::Error::source(error) {
                    Some(reason) => tr!(in messages; "cli-clap-invalid-value-because",
                        value = value, argument = argument, reason = reason.to_string()),
                    None => tr!(in messages; "cli-clap-invalid-value",
                        value = value, argument = argument),
                }
            }
            _ => messages.text("cli-clap-invalid"),
        },
        ErrorKind::UnknownArgument => match string(ContextKind::InvalidArg) {
            Some(arg) => tr!(in messages; "cli-clap-unknown-argument", argument = invalid(arg)),
            None => messages.text("cli-clap-invalid"),
        },
        _ => match std::error::Error::source(error) {
            Some(source) => source.to_string(),
            None => messages.text("cli-clap-invalid"),
        },
    }
}

/// One of clap's tips, in the interface's language when it is one clap gives (to pass a value
/// that starts with `-`, a subcommand's option, a `--` too many); else as clap wrote it.
fn suggestion(text: &str, messages: &Messages, styles: &Styles) -> String {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    let valid = |t: &str| quote(messages, styles.get_valid(), t);
    let invalid = |t: &str| quote(messages, styles.get_invalid(), t);
    match quoted.as_slice() {
        [value, command] if text.starts_with("to pass '") => tr!(in messages;
            "cli-clap-tip-escape", argument = invalid(value), command = valid(command)),
        [command] if text.starts_with('\'') && text.ends_with("' exists") => {
            tr!(in messages; "cli-clap-tip-exists", command = valid(command))
        }
        [subcommand, _] if text.starts_with("subcommand '") => {
            tr!(in messages; "cli-clap-tip-double-dash", subcommand = valid(subcommand))
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Every command's path and arguments, the `help` subcommand left out.
    fn commands(command: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Vec<Arg>)>) {
        out.push((path.clone(), command.get_arguments().cloned().collect()));
        for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
            let mut inner = path.clone();
            inner.push(sub.get_name().to_string());
            commands(sub, inner, out);
        }
    }

    /// The ids of the help texts in the English message file.
    fn help_ids() -> Vec<String> {
        workbook_core::messages::FILES
            .iter()
            .filter(|(tag, area, _)| *tag == SOURCE && *area == "cli")
            .flat_map(|(_, _, text)| text.lines())
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_string()))
            .filter(|id| {
                id.ends_with("-about")
                    || id.ends_with("-after-help")
                    || id.contains("-arg-")
                    || id.starts_with("cli-value-")
            })
            .collect()
    }

    #[test]
    fn every_command_has_a_description_and_examples_and_every_help_text_a_place() {
        let mut built = Cli::command();
        built.build();
        let mut all = Vec::new();
        commands(&built, Vec::new(), &mut all);
        let english = Messages::source();
        let mut places = BTreeSet::new();
        for (path, args) in &all {
            for what in ["about", "after-help"] {
                let id = key(path, what);
                assert!(english.has(&id), "`{}` has no {id}", path.join(" "));
                places.insert(id);
            }
            places.insert(key(path, "long-about"));
            for arg in args {
                let id = arg.get_id().as_str().replace('_', "-");
                places.insert(key(path, &format!("arg-{id}")));
                places.insert(format!("cli-arg-{id}"));
                for value in arg.get_possible_values() {
                    places.insert(format!("cli-value-{id}-{}", value.get_name()));
                }
            }
        }
        let stray: Vec<String> = help_ids()
            .into_iter()
            .filter(|id| !places.contains(id))
            .collect();
        assert!(
            stray.is_empty(),
            "help texts of no command or argument: {stray:?}"
        );
    }

    #[test]
    fn the_help_is_built_in_the_language_of_the_thread() {
        let _fr = workbook_core::messages::speak_on_this_thread("fr");
        let mut command = command();
        let plan = command.find_subcommand_mut("plan").expect("a plan command");
        let help = plan.render_long_help().to_string();
        assert!(help.starts_with("Écrire le plan d'action"), "{help}");
        assert!(
            help.contains("Utilisation : workbook plan [OPTIONS]"),
            "{help}"
        );
        assert!(help.contains("--date <AAAA-MM-JJ>"), "{help}");
        assert!(help.contains("[par défaut : markdown]"), "{help}");
        assert!(help.contains("- docx : Un document Word"), "{help}");
        for english in [
            "Usage:",
            "Options:",
            "[default:",
            "Print help",
            "Possible values",
        ] {
            assert!(!help.contains(english), "`{english}` in: {help}");
        }
    }
}
