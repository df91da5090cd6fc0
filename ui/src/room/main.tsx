// Entry point of the room's page (room.html): what people in the meeting room open on their
// phones and laptops. Its own bundle: no Tauri, only fetch and server-sent events to the
// laptop that served it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { RoomApp } from './RoomApp';
import './room.css';

const root = document.getElementById('root');
if (!root) throw new Error('room.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RoomApp />
  </StrictMode>,
);
