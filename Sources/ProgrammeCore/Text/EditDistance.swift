/// The Levenshtein distance between two strings, in characters: how many insertions,
/// deletions and substitutions turn one into the other.
public func editDistance(_ source: String, _ target: String) -> Int {
  let source = Array(source)
  let target = Array(target)
  if source.isEmpty { return target.count }
  if target.isEmpty { return source.count }
  var previous = Array(0...target.count)
  var current = [Int](repeating: 0, count: target.count + 1)
  for (row, sourceCharacter) in source.enumerated() {
    current[0] = row + 1
    for (column, targetCharacter) in target.enumerated() {
      let substitution = previous[column] + (sourceCharacter == targetCharacter ? 0 : 1)
      current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, substitution)
    }
    swap(&previous, &current)
  }
  return previous[target.count]
}
