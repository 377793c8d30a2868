//! Actor overrides from `dossier.toml`: add, alias, merge, rename, kind,
//! group, colour, hide. Applied after extraction; each one is checked.

use serde::Deserialize;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorOverrides {}
