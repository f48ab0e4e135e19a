/**
 * Binary search over a sorted sequence: the last index at which `test` holds,
 * for a `test` that holds on a prefix (true … true false … false); -1 if none.
 */
export function lastIndexWhere(length: number, test: (index: number) => boolean): number {
  let low = 0
  let high = length - 1
  let last = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (test(middle)) {
      last = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return last
}
