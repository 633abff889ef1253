// Where the embed host page is served: its own port (EMBED_HOST_PORT, else the preview port + 10),
// so that it is another origin than the site, as a news site's page is.
export const previewPort = Number(process.env.PREVIEW_PORT ?? 4329);
export const embedHostPort = Number(process.env.EMBED_HOST_PORT ?? previewPort + 10);
export const embedHostURL = `http://127.0.0.1:${embedHostPort}`;
