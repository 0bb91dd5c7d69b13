import ArgumentParser
import Foundation

/// The value of `-p name=value`: a front-matter parameter to override, split once at the first `=`.
struct ParameterOverride: ExpressibleByArgument, Equatable {
    /// The parameter's name, trimmed of spaces.
    var name: String
    /// The new value, trimmed of spaces (YAML-parsed later), possibly empty.
    var value: String

    /// Parses `name=value`; nil without `=` or without a name.
    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let name = argument[..<equals].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        self.name = name
        value = argument[argument.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    }
}
