/// Builds the JSON object of a record, leaving out absent optional fields and empty lists so
/// that stored records hold only what is known.
struct RecordBuilder {
  private(set) var members: [String: JSONValue] = [:]

  var value: JSONValue { .object(members) }

  mutating func set(_ key: String, _ text: String?) {
    if let text { members[key] = .string(text) }
  }

  mutating func set(_ key: String, _ number: Int?) {
    if let number { members[key] = .number(Double(number)) }
  }

  mutating func set(_ key: String, _ date: CalendarDate?) {
    if let date { members[key] = .string(date.description) }
  }

  mutating func set(_ key: String, _ date: ReportedDate?) {
    if let date { members[key] = .string(date.description) }
  }

  mutating func set<T: RawRepresentable>(_ key: String, _ value: T?) where T.RawValue == String {
    if let value { members[key] = .string(value.rawValue) }
  }

  mutating func set(_ key: String, _ value: JSONValue?) {
    if let value { members[key] = value }
  }

  /// Lists are written even when empty where `always` is set (fields a reader expects).
  mutating func set(_ key: String, list: [JSONValue], always: Bool = false) {
    if always || !list.isEmpty { members[key] = .array(list) }
  }
}
