//! Names the interface gives the domain's values, in the interface's language: a city's role
//! and track, a plan edition, yes and no. The domain's own `name()`s are ids (stored in files,
//! typed on the command line) and never change with the language.

use crate::plan::Edition;
use crate::profile::{Role, Track};
use crate::tr;

/// The city's role as the header and the city list name it ("official").
pub fn role(role: Role) -> String {
    match role {
        Role::Mayor => tr!("tui-role-mayor"),
        Role::Official => tr!("tui-role-official"),
    }
}

/// The city's track as the header names it ("full workbooks").
pub fn track(track: Track) -> String {
    match track {
        Track::Full => tr!("tui-track-full"),
        Track::Core => tr!("tui-track-core"),
    }
}

/// A plan edition as a title ("Council edition").
pub fn edition(edition: Edition) -> String {
    match edition {
        Edition::Public => tr!("tui-edition-public"),
        Edition::Council => tr!("tui-edition-council"),
        Edition::Restricted => tr!("tui-edition-restricted"),
    }
}

/// The options of a yes/no question or table cell: (stored value, label).
pub fn yes_no() -> [(String, String); 2] {
    [
        ("yes".to_string(), tr!("tui-yes")),
        ("no".to_string(), tr!("tui-no")),
    ]
}
