//! Today's date where the user is.
//!
//! `jiff`'s system time zone looks the zone's name up in the time zone database, which lists
//! every file under `/usr/share/zoneinfo` first: about a millisecond, at every start of the
//! program. A date needs no name, so `/etc/localtime` is read as it stands when `TZ` is unset.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

pub fn today() -> Date {
    local_zone().to_datetime(Timestamp::now()).date()
}

fn local_zone() -> TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(data) = std::fs::read("/etc/localtime")
        && let Ok(zone) = TimeZone::tzif("Local", &data)
    {
        return zone;
    }
    TimeZone::system()
}
