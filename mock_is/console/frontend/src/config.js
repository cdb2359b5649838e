// The deployment's settings, read once at start from /console/deployment.config.json (mock_is/console/spa.py),
// as the real Console reads its own deployment.config.json (is-console-ui.md §1).

let current = null;

export async function loadConfig() {
    const response = await fetch("/console/deployment.config.json", { cache: "no-store" });
    if (!response.ok) {
        throw new Error(`deployment.config.json: HTTP ${response.status}`);
    }
    current = await response.json();
    return current;
}

export function config() {
    if (current === null) {
        throw new Error("the deployment config is not loaded yet");
    }
    return current;
}

// The Console release this simulator renders: "2.41.52" (IS 7.1) or "2.81.6" (IS 7.2).
export function consoleVersion() {
    return config().consoleVersion;
}

export function isConsole72() {
    return config().consoleVersion === "2.81.6";
}
