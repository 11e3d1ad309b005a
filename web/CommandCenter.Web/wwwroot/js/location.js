// The case report form's position picker: the browser's geolocation (the browser asks the user first) and a tap on
// the grid's outline turned into the SVG's own units.
export function locate() {
    return new Promise(resolve => {
        if (!navigator.geolocation) {
            resolve({ error: "unsupported" });
            return;
        }
        navigator.geolocation.getCurrentPosition(
            p => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
            e => resolve({ error: e.code === 1 ? "denied" : e.code === 3 ? "timeout" : "unavailable" }),
            { enableHighAccuracy: true, timeout: 20000, maximumAge: 30000 });
    });
}

export function svgPoint(svg, clientX, clientY) {
    const matrix = svg.getScreenCTM();
    if (!matrix) {
        return null;
    }
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
}
