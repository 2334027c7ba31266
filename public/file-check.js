// Opened straight from disk (file://), the browser refuses to run the atlas's modules and the
// page would stay blank: say why, and how to serve the folder instead.
if (location.protocol === 'file:') {
  var app = document.getElementById('app');
  if (app)
    app.innerText =
      'This atlas cannot run from a file opened on disk (file://): browsers block its scripts there.\n\n' +
      'Serve the folder over HTTP instead, for example with "npx vite preview" from the project, ' +
      'or "python3 -m http.server" in the folder that holds index.html, then open the address it prints.\n\n' +
      'Or open kazakhstan-january-2022.html, the whole atlas in one file, which runs from disk.';
}
