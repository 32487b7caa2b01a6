/// A check: reads the loaded module, returns findings (never throws, never prints).
typealias Check = @Sendable (ModuleLoad) -> [Finding]
