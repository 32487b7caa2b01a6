/// A check: reads the loaded module, returns findings (never throws, never prints).
public typealias Check = @Sendable (ModuleLoad) -> [Finding]
