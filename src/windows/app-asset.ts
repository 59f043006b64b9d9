/** The name of the package folder's zip inside gecc.exe (see sea-main.ts). */
export const APP_ASSET = 'app.zip';
