"""The Evidence tab, the image viewer and video player, the capture window and dispute packs."""
