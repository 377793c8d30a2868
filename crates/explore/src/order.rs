//! One small sort for the whole app. The standard library's sorts are fast
//! but large, and every element type and comparator monomorphises another
//! copy into the Wasm binary; here a stable merge sort runs once, over u32
//! positions with a `&dyn` comparator, and other types are permuted after.

use core::cmp::Ordering;

/// Stable bottom-up merge sort of positions.
#[inline(never)]
fn merge_sort(v: &mut Vec<u32>, cmp: &dyn Fn(u32, u32) -> Ordering) {
    let n = v.len();
    let mut buf = vec![0u32; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while k < hi {
                if j >= hi || (i < mid && cmp(v[j], v[i]) != Ordering::Less) {
                    buf[k] = v[i];
                    i += 1;
                } else {
                    buf[k] = v[j];
                    j += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        core::mem::swap(v, &mut buf);
        width *= 2;
    }
}

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    // Lists often arrive in order already (the build sorts what it can):
    // one pass confirms it, with no allocation.
    if v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    let mut ix: Vec<u32> = (0..v.len() as u32).collect();
    merge_sort(&mut ix, &|a, b| cmp(&v[a as usize], &v[b as usize]));
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(ix.iter().filter_map(|&i| old[i as usize].take()));
}

/// Sorts by `Ord`.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, &|a: &T, b: &T| a.cmp(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(u32, char)> = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g')];
        sort_by(&mut v, &|a, b| a.0.cmp(&b.0));
        assert_eq!(v, vec![(0, 'd'), (0, 'g'), (1, 'b'), (1, 'e'), (2, 'f'), (3, 'a'), (3, 'c')]);
        let mut w: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1009).collect();
        let mut want = w.clone();
        want.sort();
        sort(&mut w);
        assert_eq!(w, want);
        let mut e: Vec<u8> = vec![];
        sort(&mut e);
    }
}
