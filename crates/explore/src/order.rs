//! One sort routine per element type. Comparators are passed as `&dyn`, so a
//! new ordering does not add another copy of the sort to the Wasm binary
//! (each `sort_by` closure would otherwise monomorphise its own).

use core::cmp::Ordering;

#[inline(never)]
pub fn sort_by<T>(v: &mut [T], cmp: &dyn Fn(&T, &T) -> Ordering) {
    v.sort_by(cmp);
}

/// Sorts by `Ord`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, &|a: &T, b: &T| a.cmp(b));
}
