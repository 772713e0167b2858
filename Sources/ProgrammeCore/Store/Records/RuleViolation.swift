/// The first rule a record breaks beyond its fields' types (a code outside its province, an
/// end before its start), found by the model's `ruleViolation()`: the reference reader words
/// it as an error on `field`, and the fast path gives up on the record (and so reads the file
/// the reference way).
struct RuleViolation {
  /// The field (or `field[index]`) the error names.
  var field: String
  var reason: Phrase

  init(_ field: String, _ reason: Phrase) {
    self.field = field
    self.reason = reason
  }
}
