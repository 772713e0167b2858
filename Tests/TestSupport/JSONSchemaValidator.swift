import Foundation
import ProgrammeCore

/// A JSON Schema (draft 2020-12) validator for the keywords the project's schemas use, written
/// for the tests (no package). A schema using any other keyword is refused rather than half
/// checked, so a schema can never pass because the validator ignored what it says; CI checks
/// the same outputs with Python's `jsonschema` as a second opinion.
public struct JSONSchemaValidator {
  /// Keywords that only annotate: they constrain nothing.
  static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs", "format"]
  static let checked: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "pattern", "minimum", "minLength",
    "anyOf", "$ref",
  ]

  public let root: JSONValue

  public init(schema: JSONValue) {
    self.root = schema
  }

  /// Every way the value breaks the schema, each with its place (`/3/signedOn`); empty when
  /// it conforms.
  public func problems(in value: JSONValue) -> [String] {
    var found: [String] = []
    check(value, against: root, at: "", into: &found)
    return found
  }

  private func check(_ value: JSONValue, against schema: JSONValue, at place: String, into found: inout [String]) {
    guard let rules = schema.objectValue else {
      if schema == .bool(false) { found.append("\(place): no value is allowed here") }
      return
    }
    for keyword in rules.keys where !Self.annotations.contains(keyword) && !Self.checked.contains(keyword) {
      found.append("\(place): the schema uses '\(keyword)', which this validator does not check")
    }
    if let reference = rules["$ref"]?.stringValue {
      guard let target = resolve(reference) else {
        found.append("\(place): '\(reference)' names no definition")
        return
      }
      check(value, against: target, at: place, into: &found)
    }
    if let types = rules["type"] {
      let allowed = types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue ?? ""]
      guard allowed.contains(where: { Self.value(value, isOfType: $0) }) else {
        found.append("\(place): \(Self.typeName(value)) where \(allowed.joined(separator: " or ")) is expected")
        return
      }
    }
    if let values = rules["enum"]?.arrayValue, !values.contains(value) {
      found.append("\(place): \(JSONWriter(pretty: false).string(for: value)) is not one of the values allowed")
    }
    if let anyOf = rules["anyOf"]?.arrayValue {
      let attempts = anyOf.map { option in
        var inner: [String] = []
        check(value, against: option, at: place, into: &inner)
        return inner
      }
      if let nearest = attempts.min(by: { $0.count < $1.count }), !nearest.isEmpty {
        // The shape it came nearest to says best what is wrong.
        found.append("\(place): matches none of the \(anyOf.count) shapes allowed; nearest: \(nearest[0])")
      }
    }
    switch value {
    case .string(let text):
      if let minimum = rules["minLength"]?.intValue, text.count < minimum {
        found.append("\(place): '\(text)' is shorter than \(minimum)")
      }
      if let pattern = rules["pattern"]?.stringValue,
        text.range(of: pattern, options: .regularExpression) == nil
      {
        found.append("\(place): '\(text)' does not match \(pattern)")
      }
    case .number(let number):
      if let minimum = rules["minimum"], case .number(let least) = minimum, number < least {
        found.append("\(place): \(number) is below \(least)")
      }
    case .array(let elements):
      if let items = rules["items"] {
        for (index, element) in elements.enumerated() { check(element, against: items, at: "\(place)/\(index)", into: &found) }
      }
    case .object(let members):
      let properties = rules["properties"]?.objectValue ?? [:]
      for name in rules["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
        found.append("\(place): '\(name)' is missing")
      }
      for (name, member) in members {
        if let property = properties[name] {
          check(member, against: property, at: "\(place)/\(name)", into: &found)
        } else if let additional = rules["additionalProperties"] {
          check(member, against: additional, at: "\(place)/\(name)", into: &found)
        }
      }
    default: break
    }
  }

  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/") else { return nil }
    var node: JSONValue? = root
    for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
    return node
  }

  static func value(_ value: JSONValue, isOfType type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
      ("object", .object):
      true
    case ("integer", .number(let number)): number.rounded() == number
    default: false
    }
  }

  static func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
