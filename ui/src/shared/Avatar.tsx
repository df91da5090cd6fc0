// A persona's face: their picture when they have one (a `data:image/...` URL from the
// workspace), else their initials on a colour of their own.
import { avatarClass, initials } from '../lib/format';

type Props = {
  name: string;
  /** The picture as a data URL, or null for initials. */
  src?: string | null;
  className?: string;
};

/** Only images the workspace stored are shown: never a remote or script URL. */
export function isImageDataUrl(src: string | null | undefined): src is string {
  return typeof src === 'string' && /^data:image\/(png|jpe?g|gif|webp|bmp);base64,[A-Za-z0-9+/=\s]+$/i.test(src);
}

export function Avatar({ name, src = null, className = '' }: Props) {
  if (isImageDataUrl(src)) {
    return <img className={`avatar avatar--img ${className}`} src={src} alt="" aria-hidden="true" draggable={false} />;
  }
  return (
    <span className={`avatar ${avatarClass(name)} ${className}`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
